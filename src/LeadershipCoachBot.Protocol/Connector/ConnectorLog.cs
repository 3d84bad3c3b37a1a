using System.Net;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// The connector's log events. They carry operations, status codes, sizes and a short hash of the
/// conversation id; never activity text or card content.
/// </summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = LogEventIds.ConnectorSent, Level = LogLevel.Debug,
        Message = "Connector {Operation} to conversation {ConversationHash} answered {StatusCode} ({BodyBytes} bytes sent)")]
    public static partial void Sent(ILogger logger, string operation, string conversationHash, int statusCode, int bodyBytes);

    [LoggerMessage(EventId = LogEventIds.ConnectorRetrying, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode}; retry {Retry} of {MaxRetries} in {DelayMs} ms (conversation {ConversationHash})")]
    public static partial void Retrying(ILogger logger, string operation, int statusCode, int retry, int maxRetries, long delayMs, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.ConnectorRetryAfterTooLong, Level = LogLevel.Warning,
        Message = "Connector {Operation} answered {StatusCode} with Retry-After {RetryAfterMs} ms, past the {MaxDelayMs} ms limit; not retrying (conversation {ConversationHash})")]
    public static partial void RetryAfterTooLong(ILogger logger, string operation, int statusCode, long retryAfterMs, long maxDelayMs, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.ConnectorFailed, Level = LogLevel.Error,
        Message = "Connector {Operation} failed with {StatusCode} {ErrorCode} (conversation {ConversationHash}, correlation {CorrelationId})")]
    public static partial void Failed(ILogger logger, string operation, HttpStatusCode statusCode, string? errorCode, string conversationHash, string? correlationId);

    [LoggerMessage(EventId = LogEventIds.ConnectorUnreachable, Level = LogLevel.Error,
        Message = "Connector {Operation} could not reach the service: {Error} (conversation {ConversationHash})")]
    public static partial void Unreachable(ILogger logger, string operation, string conversationHash, string error);

    [LoggerMessage(EventId = LogEventIds.ConnectorTimedOut, Level = LogLevel.Error,
        Message = "Connector {Operation} got no answer within {TimeoutMs} ms (conversation {ConversationHash})")]
    public static partial void TimedOut(ILogger logger, string operation, string conversationHash, long timeoutMs);

    [LoggerMessage(EventId = LogEventIds.ServiceUrlNotAllowed, Level = LogLevel.Warning,
        Message = "Connector {Operation} not sent: serviceUrl host {Host} is not allowed (conversation {ConversationHash})")]
    public static partial void ServiceUrlNotAllowed(ILogger logger, string operation, string host, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.ConnectorUnreadableResponse, Level = LogLevel.Warning,
        Message = "Connector {Operation} succeeded with {StatusCode} but its body was not a resource response ({BodyChars} chars)")]
    public static partial void UnreadableResponse(ILogger logger, string operation, int statusCode, int bodyChars);

    [LoggerMessage(EventId = LogEventIds.BotTokenAcquired, Level = LogLevel.Debug,
        Message = "Bot token acquired from {TokenSource}, expires {ExpiresOn}")]
    public static partial void TokenAcquired(ILogger logger, string tokenSource, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = LogEventIds.BotTokenFailed, Level = LogLevel.Error,
        Message = "Bot token request to {Authority} failed with {ErrorCode} (HTTP {StatusCode})")]
    public static partial void TokenFailed(ILogger logger, string authority, string errorCode, int statusCode);
}
