using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// What the adapter logs: activity types, ids, a short hash of the conversation id, statuses and
/// durations. Never text, values or attachments.
/// </summary>
internal static partial class CloudAdapterLog
{
    [LoggerMessage(EventId = LogEventIds.TurnProcessed, Level = LogLevel.Information,
        Message = "Processed {ActivityType} activity {ActivityId} in conversation {ConversationHash}: status {Status} in {ElapsedMs} ms")]
    public static partial void TurnProcessed(ILogger logger, string? activityType, string? activityId, string conversationHash, int status, long elapsedMs);

    [LoggerMessage(EventId = LogEventIds.RequestRefused, Level = LogLevel.Warning,
        Message = "Refused a request to /api/messages with status {Status}: {Reason} ({BodyBytes} bytes)")]
    public static partial void RequestRefused(ILogger logger, int status, string reason, long bodyBytes);

    [LoggerMessage(EventId = LogEventIds.Unauthenticated, Level = LogLevel.Warning,
        Message = "Refused {ActivityType} activity {ActivityId}: the request is not authenticated")]
    public static partial void Unauthenticated(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = LogEventIds.ActivitySent, Level = LogLevel.Debug,
        Message = "Sent {ActivityType} activity to conversation {ConversationHash} as {Operation}")]
    public static partial void ActivitySent(ILogger logger, string? activityType, string conversationHash, string operation);

    [LoggerMessage(EventId = LogEventIds.AuthenticationUnavailable, Level = LogLevel.Debug,
        Message = "Answered {ActivityType} activity {ActivityId} with 503: signing keys are unavailable")]
    public static partial void AuthenticationUnavailable(ILogger logger, string activityType, string activityId);
}
