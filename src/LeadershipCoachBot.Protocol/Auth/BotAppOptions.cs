namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// The bot's identity, bound from the configuration root with the Azure Bot setting names
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>).
/// No app id means anonymous: local development against the Agents Playground or the Emulator.
/// </summary>
public sealed class BotAppOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary>Required for <c>SingleTenant</c>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
