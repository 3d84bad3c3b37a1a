using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// Several state scopes loaded and saved together: one storage read for all scopes not yet loaded
/// this turn, and one storage write for all that changed (per storage, when scopes use different ones).
/// </summary>
public sealed class BotStateSet
{
    private readonly List<BotState> _botStates = [];

    public BotStateSet(params BotState[] botStates)
    {
        ArgumentNullException.ThrowIfNull(botStates);
        foreach (var botState in botStates)
        {
            Add(botState);
        }
    }

    public IReadOnlyList<BotState> BotStates => _botStates;

    public BotStateSet Add(BotState botState)
    {
        ArgumentNullException.ThrowIfNull(botState);
        _botStates.Add(botState);
        return this;
    }

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var pending = _botStates.Where(s => force || !s.IsLoaded(turnContext)).ToList();
        foreach (var group in pending.GroupBy(s => s.Storage))
        {
            var keys = group.Select(s => s.GetStorageKey(turnContext)).Distinct(StringComparer.Ordinal).ToList();
            var items = await group.Key.ReadAsync(keys, cancellationToken);
            foreach (var botState in group)
            {
                botState.SetLoaded(turnContext, items.TryGetValue(botState.GetStorageKey(turnContext), out var stored) ? stored : null);
            }
        }
    }

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _botStates.GroupBy(s => s.Storage))
        {
            var changed = new List<(BotState State, JsonObject Item)>();
            var changes = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var botState in group)
            {
                if (botState.GetChanges(turnContext, force) is { } item)
                {
                    changed.Add((botState, item));
                    changes[botState.GetStorageKey(turnContext)] = item;
                }
            }

            if (changes.Count == 0)
            {
                continue;
            }

            await group.Key.WriteAsync(changes, cancellationToken);
            foreach (var (botState, item) in changed)
            {
                botState.MarkSaved(turnContext, item);
            }
        }
    }
}
