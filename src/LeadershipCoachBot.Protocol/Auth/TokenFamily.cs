namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Who issued an inbound token, which decides its signing keys and the checks it must pass.</summary>
internal enum TokenFamily
{
    /// <summary>Issued by the Bot Framework token service; keys carry channel endorsements; carries <c>serviceurl</c>.</summary>
    BotFramework,

    /// <summary>Issued by Entra ID to a Bot Service tenant or the bot's own tenant.</summary>
    Entra,
}
