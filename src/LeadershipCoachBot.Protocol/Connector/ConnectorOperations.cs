namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>The Bot Connector operations, named as in the REST API reference.</summary>
public static class ConnectorOperations
{
    public const string ReplyToActivity = nameof(ReplyToActivity);
    public const string SendToConversation = nameof(SendToConversation);
    public const string UpdateActivity = nameof(UpdateActivity);
    public const string DeleteActivity = nameof(DeleteActivity);
    public const string CreateConversation = nameof(CreateConversation);
}
