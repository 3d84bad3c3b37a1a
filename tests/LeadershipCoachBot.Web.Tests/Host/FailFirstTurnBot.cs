using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>Fails its first turn, then hands every later turn to the real bot.</summary>
internal sealed class FailFirstTurnBot(IBot inner) : IBot
{
    private int _turns;

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref _turns) == 1
            ? throw new InvalidOperationException("The first turn fails.")
            : inner.OnTurnAsync(turnContext, cancellationToken);
}
