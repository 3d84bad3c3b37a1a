using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// One scope's state for the current turn: live property values (as read, or as the bot's own
/// objects once an accessor has used them), the eTag read with them, and the JSON they had when
/// read or last saved, to tell whether anything changed.
/// </summary>
internal sealed class CachedBotState
{
    public CachedBotState(JsonObject? stored)
    {
        ETag = StoreItemETag.MustNotExist;
        if (stored is not null)
        {
            ETag = StoreItemETag.Get(stored);
            foreach (var (name, node) in stored)
            {
                if (name != StoreItemETag.PropertyName)
                {
                    State[name] = node?.DeepClone();
                }
            }
        }

        Hash = ComputeHash();
    }

    public Dictionary<string, object?> State { get; } = new(StringComparer.Ordinal);

    /// <summary>The stored version this state was read at; <see cref="StoreItemETag.MustNotExist"/> when nothing was stored.</summary>
    public string? ETag { get; set; }

    /// <summary>The state's JSON when read or last saved; empty forces the next save.</summary>
    public string Hash { get; set; }

    public bool IsChanged() => !string.Equals(Hash, ComputeHash(), StringComparison.Ordinal);

    public string ComputeHash() => ToJsonObject().ToJsonString();

    /// <summary>The state as a JSON object with properties in ordinal order (without an eTag).</summary>
    public JsonObject ToJsonObject()
    {
        var result = new JsonObject();
        foreach (var name in State.Keys.Order(StringComparer.Ordinal))
        {
            result[name] = ToNode(State[name]);
        }

        return result;
    }

    /// <summary>The value to send to storage: the state plus the eTag it was read with.</summary>
    public JsonObject ToStoreItem() => WithETag(ToJsonObject());

    /// <summary>Adds the eTag this state was read with to its JSON.</summary>
    public JsonObject WithETag(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (ETag is not null)
        {
            StoreItemETag.Set(item, ETag);
        }

        return item;
    }

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options),
    };
}
