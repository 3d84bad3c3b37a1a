using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// Erases what the coach keeps about a leader. <c>forget me</c> (at any step, a flow in progress
/// included) first asks, on a <see cref="ForgetMeCard"/> naming each registered
/// <see cref="IPersonalData"/> kind stored for them (with nothing stored it says so at once); a yes (its button, or typed) erases them all and says what was
/// deleted, a no deletes nothing and the flow stays where it was. The channel's <c>deleteUserData</c>
/// erases at once, with no reply.
/// </summary>
public sealed partial class ForgetMe
{
    public const string Command = "forget me";
    public const string NothingDeleted = "OK, I've deleted nothing. We can carry on where we were.";

    private readonly IReadOnlyList<IPersonalData> _kinds;
    private readonly IStatePropertyAccessor<ForgetMeQuestion> _asked;
    private readonly ILogger<ForgetMe> _logger;

    public ForgetMe(IEnumerable<IPersonalData> kinds, ConversationState conversationState, ILogger<ForgetMe> logger)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(logger);
        _kinds = [.. kinds];
        _asked = conversationState.CreateProperty<ForgetMeQuestion>("forgetMeAsked");
        _logger = logger;
    }

    /// <summary>The channel's <c>deleteUserData</c>, <c>forget me</c>, or a button on its question.</summary>
    public static bool IsRequest(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.DeleteUserData
            || (activity.Type == ActivityTypes.Message && string.Equals(activity.RemoveRecipientMention()?.Trim().TrimEnd('.', '!'), Command, StringComparison.OrdinalIgnoreCase))
            || CardAnswer(activity) is not null;
    }

    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.DeleteUserData)
        {
            await EraseAsync(turnContext, cancellationToken);
        }
        else if (CardAnswer(activity) is { } answer)
        {
            await AnswerAsync(turnContext, answer, cancellationToken);
        }
        else
        {
            await AskAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>
    /// Answers the question when this message is the asker's typed yes or no; false (and nothing
    /// done) when no question is open, another person wrote, or the reply is neither, which drops the question.
    /// </summary>
    public async Task<bool> TryAnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message
            || await _asked.GetAsync(turnContext, cancellationToken: cancellationToken) is not { } asked
            || !string.Equals(asked.UserId, activity.From?.Id, StringComparison.Ordinal))
        {
            return false;
        }

        if (Answer(activity.RemoveRecipientMention()) is not { } answer)
        {
            await _asked.DeleteAsync(turnContext, cancellationToken);
            return false;
        }

        await AnswerAsync(turnContext, answer, cancellationToken);
        return true;
    }

    /// <summary>What the leader is told: each kind deleted, or that nothing was stored.</summary>
    public static string Confirmation(IReadOnlyList<string> deleted) => deleted.Count == 0
        ? "I had nothing stored about you, so there was nothing to delete."
        : "Done: I've deleted " + JoinAsList(deleted) + ". Nothing you told me before is kept now.";

    /// <summary>Asks before deleting, naming each kind stored for the leader; with nothing stored, says so at once.</summary>
    private async Task AskAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var held = new List<string>();
        foreach (var kind in _kinds)
        {
            if (await kind.HoldsAnyAsync(turnContext, cancellationToken))
            {
                held.Add(kind.Description);
            }
        }

        if (held.Count == 0)
        {
            // Nothing to ask about; erasing still drops this turn's own state, so nothing is stored after it.
            await turnContext.SendActivityAsync(Confirmation(await EraseAsync(turnContext, cancellationToken)), cancellationToken);
            return;
        }

        await _asked.SetAsync(turnContext, new ForgetMeQuestion(turnContext.Activity.From?.Id), cancellationToken);
        DeletionAsked(_logger, held.Count, _kinds.Count, LogValue.Hash(turnContext.Activity.Conversation?.Id));
        var question = Activity.CreateMessageActivity();
        question.Attachments = [ForgetMeCard.Create(held)];
        await turnContext.SendActivityAsync(question, cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turnContext, bool yes, CancellationToken cancellationToken)
    {
        if (yes)
        {
            await turnContext.SendActivityAsync(Confirmation(await EraseAsync(turnContext, cancellationToken)), cancellationToken);
            return;
        }

        await _asked.DeleteAsync(turnContext, cancellationToken);
        DeletionDeclined(_logger, LogValue.Hash(turnContext.Activity.Conversation?.Id));
        await turnContext.SendActivityAsync(NothingDeleted, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var deleted = new List<string>();
        foreach (var kind in _kinds)
        {
            if (await kind.EraseAsync(turnContext, cancellationToken))
            {
                deleted.Add(kind.Description);
            }
        }

        UserDataDeleted(_logger, LogValue.Clean(turnContext.Activity.Type), deleted.Count, _kinds.Count, LogValue.Hash(turnContext.Activity.Conversation?.Id));
        return deleted;
    }

    /// <summary>
    /// A typed yes or no, read by <see cref="ConfirmRecognizer"/>; a bare number is neither (the card has no
    /// numbered buttons, and a number meant for another question must not delete anything).
    /// </summary>
    private static bool? Answer(string? text) =>
        text?.Trim() is { Length: > 0 } typed && typed.All(char.IsAsciiDigit) ? null : ConfirmRecognizer.Recognize(text);

    /// <summary>Yes or no from the question's buttons; null when the activity is not one of them.</summary>
    private static bool? CardAnswer(Activity activity) =>
        activity.Type == ActivityTypes.Message && CardSubmit.GetString(activity, CardActions.Field) == CardActions.ForgetMe
            ? CardSubmit.GetString(activity, CardActions.AnswerField) == CardActions.Yes
            : null;

    private static string JoinAsList(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };

    [LoggerMessage(EventId = LogEventIds.UserDataDeleted, Level = LogLevel.Information,
        Message = "A {ActivityType} request erased {Deleted} of {Kinds} kinds of stored data (conversation {ConversationHash})")]
    private static partial void UserDataDeleted(ILogger logger, string activityType, int deleted, int kinds, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.UserDataDeletionAsked, Level = LogLevel.Information,
        Message = "Forget me asked for confirmation before erasing {Held} of {Kinds} kinds of stored data (conversation {ConversationHash})")]
    private static partial void DeletionAsked(ILogger logger, int held, int kinds, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.UserDataDeletionDeclined, Level = LogLevel.Information,
        Message = "Forget me was declined; nothing erased (conversation {ConversationHash})")]
    private static partial void DeletionDeclined(ILogger logger, string conversationHash);
}
