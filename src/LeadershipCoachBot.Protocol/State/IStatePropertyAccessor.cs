using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>A typed property of a state scope (conversation or user) for the current turn.</summary>
public interface IStatePropertyAccessor<T>
{
    string Name { get; }

    /// <summary>The value, loading the scope if this turn has not yet; creates and stores a default when absent and a factory is given.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, Func<T>? defaultValueFactory = null, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
