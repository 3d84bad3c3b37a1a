namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>How the Azure Bot resource identifies the bot (its <c>MicrosoftAppType</c>).</summary>
public enum MicrosoftAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
