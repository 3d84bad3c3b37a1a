using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>A bot whose every turn fails, to exercise the error boundary.</summary>
internal sealed class ThrowingBot : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The draft 'we lost the payments data' could not be parsed.");
}
