using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>Counts each turn as an arrival at the rendezvous (while armed) as it enters the bot, then runs the bot.</summary>
internal sealed class ArrivingBot(IBot inner, Rendezvous gate) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (gate.IsArmed)
        {
            gate.Arrive();
        }

        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
