using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Inbound authentication logs: reasons, key ids, issuers and URLs only — never a token.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = LogEventIds.TokenRejected, Level = LogLevel.Warning,
        Message = "Refused a Bot Connector request: {Reason} (kid {Kid}, issuer {Issuer})")]
    public static partial void TokenRejected(ILogger logger, string reason, string? kid, string? issuer);

    [LoggerMessage(EventId = LogEventIds.TokenAccepted, Level = LogLevel.Debug,
        Message = "Authenticated a Bot Connector request (kid {Kid}, issuer {Issuer}, channel {ChannelId})")]
    public static partial void TokenAccepted(ILogger logger, string? kid, string? issuer, string? channelId);

    [LoggerMessage(EventId = LogEventIds.AnonymousRequestAccepted, Level = LogLevel.Debug,
        Message = "Accepted a request without an Authorization header because no MicrosoftAppId is configured")]
    public static partial void AnonymousRequestAccepted(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.SigningKeysFetched, Level = LogLevel.Information,
        Message = "Fetched {KeyCount} signing keys from {MetadataUrl}")]
    public static partial void SigningKeysFetched(ILogger logger, Uri metadataUrl, int keyCount);

    [LoggerMessage(EventId = LogEventIds.SigningKeysFetchFailed, Level = LogLevel.Error,
        Message = "Could not fetch signing keys from {MetadataUrl}: {Reason} (previous keys kept: {KeptPrevious})")]
    public static partial void SigningKeysFetchFailed(ILogger logger, Uri metadataUrl, bool keptPrevious, string reason);
}
