using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// One stored value as one table entity: the JSON text split across string properties
/// <c>Data0</c>, <c>Data1</c>, … of at most 32,000 UTF-16 characters each (a string property holds
/// 64 KiB), with <c>DataCount</c>; <c>Key</c> holds the original key when the table key is hashed.
/// An entity holds at most 1 MiB (sized as the service counts it), so a larger value is refused.
/// </summary>
internal static class TableEntityPayload
{
    public const string RowKey = "state";
    public const int MaxEntityBytes = 1024 * 1024;
    public const int ChunkChars = 32_000;

    private const string CountProperty = "DataCount";
    private const string DataPrefix = "Data";
    private const string KeyProperty = "Key";

    public static TableEntity ToEntity(string key, JsonObject value)
    {
        var partitionKey = TableKeyEncoding.Encode(key);
        var json = StoreItemETag.ToStoredJson(value);
        var entity = new TableEntity(partitionKey, RowKey);
        // A string property holds 32K UTF-16 characters; a longer key (a conversation id of 32,768+
        // characters) is identified by the SHA-256 in its table key alone.
        if (TableKeyEncoding.IsHashed(partitionKey) && key.Length <= ChunkChars)
        {
            entity[KeyProperty] = key;
        }

        var chunks = Split(json);
        entity[CountProperty] = chunks.Count;
        for (var i = 0; i < chunks.Count; i++)
        {
            entity[DataPrefix + i.ToString(CultureInfo.InvariantCulture)] = chunks[i];
        }

        var entityBytes = EstimateBytes(entity);
        if (entityBytes > MaxEntityBytes)
        {
            throw new InvalidOperationException(
                $"The value for storage key '{key}' is {Encoding.UTF8.GetByteCount(json)} bytes of JSON ({entityBytes} bytes as a table entity), " +
                $"over the {MaxEntityBytes}-byte limit of one Azure table entity; nothing was written. Keep less in this state scope.");
        }

        return entity;
    }

    /// <summary>The stored value, or null when the entity belongs to another key that hashed alike.</summary>
    public static JsonObject? FromEntity(string key, TableEntity entity)
    {
        if (entity.GetString(KeyProperty) is { } storedKey && !string.Equals(storedKey, key, StringComparison.Ordinal))
        {
            return null;
        }

        var count = entity.GetInt32(CountProperty)
            ?? throw new InvalidOperationException($"The table entity for storage key '{key}' has no {CountProperty}; it was not written by this bot.");
        var json = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            json.Append(entity.GetString(DataPrefix + i.ToString(CultureInfo.InvariantCulture)));
        }

        var value = JsonNode.Parse(json.ToString())!.AsObject();
        StoreItemETag.Set(value, entity.ETag.ToString());
        return value;
    }

    private static List<string> Split(string json)
    {
        var chunks = new List<string>(json.Length / ChunkChars + 1);
        var start = 0;
        while (start < json.Length)
        {
            var length = Math.Min(ChunkChars, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--;
            }

            chunks.Add(json.Substring(start, length));
            start += length;
        }

        if (chunks.Count == 0)
        {
            chunks.Add(string.Empty);
        }

        return chunks;
    }

    /// <summary>The entity's size as the service counts it: 4 + 2·len(PK+RK) + Σ(8 + 2·len(name) + value size).</summary>
    private static long EstimateBytes(TableEntity entity)
    {
        long size = 4 + (2L * (entity.PartitionKey.Length + entity.RowKey.Length));
        foreach (var (name, value) in entity)
        {
            if (name is "PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")
            {
                continue;
            }

            size += 8 + (2L * name.Length) + value switch
            {
                string text => (2L * text.Length) + 4,
                _ => 8,
            };
        }

        return size;
    }
}
