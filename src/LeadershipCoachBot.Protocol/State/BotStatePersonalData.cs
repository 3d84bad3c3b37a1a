using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>A <see cref="BotState"/> scope (conversation or user state) as personal data: erasing deletes the scope's stored item and this turn's copy.</summary>
public sealed class BotStatePersonalData : IPersonalData
{
    private readonly BotState _state;

    public BotStatePersonalData(BotState state, string description)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        _state = state;
        Description = description;
    }

    public string Description { get; }

    public async Task<bool> HoldsAnyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = _state.GetStorageKey(turnContext);
        return (await _state.Storage.ReadAsync([key], cancellationToken)).ContainsKey(key);
    }

    public async Task<bool> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stored = await HoldsAnyAsync(turnContext, cancellationToken);
        await _state.DeleteAsync(turnContext, cancellationToken);
        return stored;
    }
}
