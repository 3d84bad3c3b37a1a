using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// Erases what the coach keeps about a leader when they say <c>forget me</c> (at any step, a flow in
/// progress included) or the channel sends <c>deleteUserData</c>: every registered
/// <see cref="IPersonalData"/> kind, then says what was deleted. The channel's request gets no reply.
/// </summary>
public sealed partial class ForgetMe
{
    public const string Command = "forget me";

    private readonly IReadOnlyList<IPersonalData> _kinds;
    private readonly ILogger<ForgetMe> _logger;

    public ForgetMe(IEnumerable<IPersonalData> kinds, ILogger<ForgetMe> logger)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(logger);
        _kinds = [.. kinds];
        _logger = logger;
    }

    public static bool IsRequest(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.DeleteUserData
            || (activity.Type == ActivityTypes.Message && string.Equals(activity.RemoveRecipientMention()?.Trim().TrimEnd('.', '!'), Command, StringComparison.OrdinalIgnoreCase));
    }

    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var deleted = new List<string>();
        foreach (var kind in _kinds)
        {
            if (await kind.EraseAsync(turnContext, cancellationToken))
            {
                deleted.Add(kind.Description);
            }
        }

        UserDataDeleted(_logger, LogValue.Clean(turnContext.Activity.Type), deleted.Count, _kinds.Count, LogValue.Hash(turnContext.Activity.Conversation?.Id));
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(Confirmation(deleted), cancellationToken);
        }
    }

    /// <summary>What the leader is told: each kind deleted, or that nothing was stored.</summary>
    public static string Confirmation(IReadOnlyList<string> deleted) => deleted.Count == 0
        ? "I had nothing stored about you, so there was nothing to delete."
        : "Done: I've deleted " + JoinAsList(deleted) + ". Nothing you told me before is kept now.";

    private static string JoinAsList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };

    [LoggerMessage(EventId = LogEventIds.UserDataDeleted, Level = LogLevel.Information,
        Message = "A {ActivityType} request erased {Deleted} of {Kinds} kinds of stored data (conversation {ConversationHash})")]
    private static partial void UserDataDeleted(ILogger logger, string activityType, int deleted, int kinds, string conversationHash);
}
