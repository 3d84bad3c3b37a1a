namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>What a connector request carries for the retry handler's log lines.</summary>
internal static class ConnectorRequestKeys
{
    public static readonly HttpRequestOptionsKey<string> Operation = new("BotConnector.Operation");

    public static readonly HttpRequestOptionsKey<string> ConversationHash = new("BotConnector.ConversationHash");
}
