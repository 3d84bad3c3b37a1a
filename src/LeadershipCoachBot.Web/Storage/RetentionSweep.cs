using Azure;
using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// Deletes stored state that nobody has written for <see cref="RetentionOptions.Period"/>, every
/// <see cref="RetentionOptions.SweepInterval"/>. Safe with several instances sweeping one table at
/// once: each entity is deleted only if it is still the version the sweep read (If-Match on its
/// ETag), so an entity a turn wrote meanwhile is kept, and one another sweep deleted first is skipped.
/// With memory storage (lost on restart anyway) it does nothing.
/// </summary>
public sealed partial class RetentionSweep(
    IServiceProvider services,
    IOptions<StorageOptions> storage,
    IOptions<RetentionOptions> options,
    TimeProvider timeProvider,
    ILogger<RetentionSweep> logger) : BackgroundService
{
    /// <summary>One sweep: how many entities this call deleted.</summary>
    public async Task<int> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.Period;
        var filter = TableClient.CreateQueryFilter($"Timestamp lt {cutoff}");
        var deleted = 0;
        var table = services.GetRequiredService<TableClient>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 100, select: ["PartitionKey", "RowKey"], cancellationToken))
        {
            if (IsKeptRecord(entity.PartitionKey))
            {
                continue;
            }

            try
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Deleted by another sweep, or written by a turn since it was read: either way, not ours to delete.
            }
        }

        LogSwept(deleted, (long)options.Value.Period.TotalHours);
        return deleted;
    }

    private bool IsKeptRecord(string partitionKey) =>
        !TableKeyEncoding.IsHashed(partitionKey)
        && options.Value.KeepKeysEndingWith.Any(suffix => TableKeyEncoding.Decode(partitionKey).EndsWith(suffix, StringComparison.Ordinal));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.Value.Provider == StorageProvider.Memory)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is RequestFailedException or TimeoutException or HttpRequestException or AggregateException)
            {
                LogSweepFailed(StorageFailure.Describe(ex));
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = LogEventIds.RetentionSwept, Level = LogLevel.Information,
        Message = "Retention sweep deleted {Deleted} stored states untouched for {PeriodHours} hours")]
    private partial void LogSwept(int deleted, long periodHours);

    [LoggerMessage(EventId = LogEventIds.RetentionSweepFailed, Level = LogLevel.Warning,
        Message = "Retention sweep failed ({Reason}); it runs again at the next interval")]
    private partial void LogSweepFailed(string reason);
}
