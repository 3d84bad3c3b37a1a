using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// What the adapter logs: activity types, ids, a short hash of the conversation id, statuses and
/// durations. Never text, values or attachments.
/// </summary>
internal static partial class CloudAdapterLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Processed {ActivityType} activity {ActivityId} in conversation {ConversationHash}: status {Status} in {ElapsedMs} ms")]
    public static partial void TurnProcessed(ILogger logger, string? activityType, string? activityId, string conversationHash, int status, long elapsedMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Skipped repeated {ActivityType} activity {ActivityId} in conversation {ConversationHash}")]
    public static partial void DuplicateSkipped(ILogger logger, string? activityType, string? activityId, string conversationHash);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning,
        Message = "Refused a request to /api/messages with status {Status}: {Reason} ({BodyBytes} bytes)")]
    public static partial void RequestRefused(ILogger logger, int status, string reason, long bodyBytes);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning,
        Message = "Refused {ActivityType} activity {ActivityId}: the request is not authenticated")]
    public static partial void Unauthenticated(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Debug,
        Message = "Sent {ActivityType} activity to conversation {ConversationHash} as {Operation}")]
    public static partial void ActivitySent(ILogger logger, string? activityType, string conversationHash, string operation);

    /// <summary>A short, stable hash of a conversation id: enough to follow one conversation in the logs, not to read it.</summary>
    public static string Hash(string? value) =>
        string.IsNullOrEmpty(value)
            ? "-"
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
