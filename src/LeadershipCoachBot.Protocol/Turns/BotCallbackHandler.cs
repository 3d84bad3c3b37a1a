namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>The code an adapter runs for one turn.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
