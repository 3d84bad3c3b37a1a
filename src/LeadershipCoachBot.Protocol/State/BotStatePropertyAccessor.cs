using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>A named property of a <see cref="BotState"/>; loads the scope on first use in a turn.</summary>
internal sealed class BotStatePropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await state.LoadAsync(turnContext, force: false, cancellationToken);
        return state.GetPropertyValue(turnContext, Name, defaultValueFactory);
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await state.LoadAsync(turnContext, force: false, cancellationToken);
        state.SetPropertyValue(turnContext, Name, value);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await state.LoadAsync(turnContext, force: false, cancellationToken);
        state.DeletePropertyValue(turnContext, Name);
    }
}
