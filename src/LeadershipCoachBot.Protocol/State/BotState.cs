using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// A scope of bot state (conversation, user) kept in <see cref="IStorage"/> under one key per turn.
/// A turn reads the scope at most once, on first use, and caches it in the turn state; saving writes
/// it only when its JSON changed, with the eTag it was read with, so a concurrent save of the same
/// scope elsewhere fails with <see cref="ETagConflictException"/> instead of being overwritten.
/// Property values are stored as JSON (<see cref="ProtocolJson.Options"/>); read back, they are
/// deserialised to the accessor's type, so <c>object</c> members come back as <see cref="JsonElement"/>
/// (see <see cref="JsonValues"/>).
/// </summary>
public abstract class BotState
{
    protected BotState(IStorage storage, string contextServiceKey)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        Storage = storage;
        ContextServiceKey = contextServiceKey;
    }

    /// <summary>The key of this scope's cache in the turn state.</summary>
    public string ContextServiceKey { get; }

    internal IStorage Storage { get; }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name == StoreItemETag.PropertyName)
        {
            throw new ArgumentException($"'{name}' is reserved for the storage version; choose another property name.", nameof(name));
        }

        return new BotStatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the scope unless this turn already did; <paramref name="force"/> re-reads and drops unsaved changes.</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && IsLoaded(turnContext))
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken);
        SetLoaded(turnContext, items.TryGetValue(key, out var stored) ? stored : null);
    }

    /// <summary>Writes the scope if this turn loaded it and it changed (or <paramref name="force"/>).</summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCached(turnContext);
        if (cached is null)
        {
            return;
        }

        // Serialise once: the same JSON decides whether anything changed and is what gets written.
        var current = cached.ToJsonObject();
        var json = current.ToJsonString();
        if (!force && string.Equals(json, cached.Hash, StringComparison.Ordinal))
        {
            return;
        }

        var item = cached.WithETag(current);
        await Storage.WriteAsync(new Dictionary<string, JsonObject>(StringComparer.Ordinal) { [GetStorageKey(turnContext)] = item }, cancellationToken);
        cached.ETag = StoreItemETag.Get(item) ?? cached.ETag;
        cached.Hash = json;
    }

    /// <summary>Empties the scope for this turn; the next save writes the empty state.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var eTag = GetCached(turnContext)?.ETag;
        turnContext.TurnState.Set(ContextServiceKey, new CachedBotState(null) { ETag = eTag, Hash = string.Empty });
        return Task.CompletedTask;
    }

    /// <summary>Drops the turn's cache and deletes the scope from storage.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(ContextServiceKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken);
    }

    /// <summary>The storage key of this scope for the turn's activity.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    internal bool IsLoaded(ITurnContext turnContext) => GetCached(turnContext) is not null;

    internal void SetLoaded(ITurnContext turnContext, JsonObject? stored) =>
        turnContext.TurnState.Set(ContextServiceKey, new CachedBotState(stored));

    /// <summary>The item to write when the scope was loaded this turn and changed (or force); else null.</summary>
    internal JsonObject? GetChanges(ITurnContext turnContext, bool force)
    {
        var cached = GetCached(turnContext);
        return cached is not null && (force || cached.IsChanged()) ? cached.ToStoreItem() : null;
    }

    internal void MarkSaved(ITurnContext turnContext, JsonObject written)
    {
        if (GetCached(turnContext) is { } cached)
        {
            MarkSaved(cached, written);
        }
    }

    internal T? GetPropertyValue<T>(ITurnContext turnContext, string name, Func<T>? defaultValueFactory)
    {
        var state = GetLoadedState(turnContext);
        if (state.TryGetValue(name, out var value) && value is not null)
        {
            if (value is T typed)
            {
                return typed;
            }

            var node = value as JsonNode ?? JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options);
            var converted = node.Deserialize<T>(ProtocolJson.Options);
            state[name] = converted;
            return converted;
        }

        if (defaultValueFactory is null)
        {
            return default;
        }

        var created = defaultValueFactory();
        state[name] = created;
        return created;
    }

    internal void SetPropertyValue(ITurnContext turnContext, string name, object? value) =>
        GetLoadedState(turnContext)[name] = value;

    internal void DeletePropertyValue(ITurnContext turnContext, string name) =>
        GetLoadedState(turnContext).Remove(name);

    private static void MarkSaved(CachedBotState cached, JsonObject written)
    {
        cached.ETag = StoreItemETag.Get(written) ?? cached.ETag;
        cached.Hash = cached.ComputeHash();
    }

    private CachedBotState? GetCached(ITurnContext turnContext) =>
        turnContext.TurnState.Get<CachedBotState>(ContextServiceKey);

    private Dictionary<string, object?> GetLoadedState(ITurnContext turnContext) =>
        (GetCached(turnContext) ?? throw new InvalidOperationException(
            $"{GetType().Name} was not loaded this turn; call LoadAsync before reading or writing its properties.")).State;
}
