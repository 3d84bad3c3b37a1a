namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>A bot: handles one turn at a time.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
