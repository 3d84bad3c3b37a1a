using System.Text.Json.Nodes;
using Azure;
using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// <see cref="IStorage"/> on one Azure table. Layout: each storage key is one entity whose
/// PartitionKey is the escaped key (<see cref="TableKeyEncoding"/>) and whose RowKey is the fixed
/// <c>"state"</c>. A partition per key spreads conversations over the service's partition servers
/// (a partition per channel would funnel every conversation through one) and every access is a
/// point read or write, so nothing needs keys grouped. Values are JSON text (<see cref="TableEntityPayload"/>).
/// Concurrency uses the entity's ETag: a value with a specific eTag is written with If-Match and a
/// changed or deleted entity is an <see cref="ETagConflictException"/>; without one (or with "*")
/// it is upserted. A write of several keys checks every size before writing any, then writes them
/// concurrently; keys live in different partitions, so a conflict on one does not undo the others.
/// </summary>
public sealed partial class AzureTableStorage : IStorage
{
    private readonly TableClient _table;
    private readonly ILogger<AzureTableStorage> _logger;

    public AzureTableStorage(TableClient table, ILogger<AzureTableStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(logger);
        _table = table;
        _logger = logger;
    }

    public async Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var values = await Task.WhenAll(distinct.Select(key => ReadOneAsync(key, cancellationToken)));
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        for (var i = 0; i < distinct.Count; i++)
        {
            if (values[i] is { } value)
            {
                result[distinct[i]] = value;
            }
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var entities = new List<(string Key, JsonObject Value, TableEntity Entity)>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(value, $"changes[{key}]");
            try
            {
                entities.Add((key, value, TableEntityPayload.ToEntity(key, value)));
            }
            catch (InvalidOperationException)
            {
                LogValueTooLarge(LogValue.Hash(key), changes.Count);
                throw;
            }
        }

        await Task.WhenAll(entities.Select(e => WriteOneAsync(e.Key, e.Value, e.Entity, cancellationToken)));
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await Task.WhenAll(keys.Distinct(StringComparer.Ordinal).Select(async key =>
        {
            ArgumentNullException.ThrowIfNull(key);
            try
            {
                await _table.DeleteEntityAsync(TableKeyEncoding.Encode(key), TableEntityPayload.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Already gone: deleting a missing key is not an error.
            }
        }));
    }

    private async Task<JsonObject?> ReadOneAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(TableKeyEncoding.Encode(key), TableEntityPayload.RowKey, cancellationToken: cancellationToken);
        return response.HasValue ? TableEntityPayload.FromEntity(key, response.Value!) : null;
    }

    private async Task WriteOneAsync(string key, JsonObject value, TableEntity entity, CancellationToken cancellationToken)
    {
        var expected = StoreItemETag.Get(value);
        try
        {
            var response = expected == StoreItemETag.MustNotExist
                ? await _table.AddEntityAsync(entity, cancellationToken)
                : StoreItemETag.IsUnconditional(value)
                    ? await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken)
                    : await _table.UpdateEntityAsync(entity, new ETag(expected!), TableUpdateMode.Replace, cancellationToken);
            StoreItemETag.Set(value, response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException($"The table service returned no ETag for storage key '{key}'."));
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            LogETagConflict(LogValue.Hash(key), ex.Status);
            throw new ETagConflictException(key, expected, ex);
        }
    }

    [LoggerMessage(EventId = LogEventIds.StorageETagConflict, Level = LogLevel.Information, Message = "Storage key {KeyHash} changed since it was read (status {Status}); the write was refused.")]
    private partial void LogETagConflict(string keyHash, int status);

    [LoggerMessage(EventId = LogEventIds.StorageValueTooLarge, Level = LogLevel.Error, Message = "Storage key {KeyHash} holds a value over the table entity limit; none of the {Count} values of this write were written.")]
    private partial void LogValueTooLarge(string keyHash, int count);
}
