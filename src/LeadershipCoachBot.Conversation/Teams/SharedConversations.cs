using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Routing;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.Teams;

/// <summary>
/// Messages in group chats and channels. The coach answers only when @mentioned (or when one of its
/// cards is used). A request about the leader's own draft or plan moves to their 1:1 chat: a draft
/// given with it is reviewed there, otherwise a card there starts it. Only <c>review here: …</c>
/// puts a review in the shared conversation. Everything else goes on to the usual routing.
/// </summary>
public sealed partial class SharedConversations
{
    public const string ReviewSentPrivately =
        "I sent you the review privately. Your draft is still in this conversation: delete your message if others should not read it yet.";
    public const string MovedToPrivateChat = "I messaged you privately, so your draft stays between us.";

    private const string ReviewHere = "review here";

    /// <summary>What moves to the 1:1 chat, longest first, with the button that starts it there.</summary>
    private static readonly (string Said, string Command, string Button, bool TakesDraft)[] PrivateRequests =
    [
        ("review a draft", CardActions.Review, "Review a draft", true),
        ("check my draft", CardActions.Review, "Review a draft", true),
        ("check my update", "check my update", "Check my update", true),
        ("review tone", CardActions.Review, "Review a draft", true),
        ("review", CardActions.Review, "Review a draft", true),
        ("1:1 prep", "1:1 prep", "Prepare a 1:1", false),
    ];

    private readonly PrivateChat _privateChat;
    private readonly ILogger<SharedConversations> _logger;

    public SharedConversations(PrivateChat privateChat, ILogger<SharedConversations> logger)
    {
        ArgumentNullException.ThrowIfNull(privateChat);
        ArgumentNullException.ThrowIfNull(logger);
        _privateChat = privateChat;
        _logger = logger;
    }

    /// <summary>Group chats and channels; a personal chat is not shared.</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is "groupChat" or "channel"
            || (activity.Conversation?.IsGroup == true && activity.Conversation.ConversationType is not "personal");
    }

    /// <summary>Whether the message @mentions the bot (its recipient).</summary>
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is { Length: > 0 } && activity.GetMentions().Any(m => string.Equals(m.Mentioned?.Id, botId, StringComparison.Ordinal));
    }

    /// <summary>
    /// Handles a message in a shared conversation when it is not for the coach or must go private;
    /// true when the turn is done. <paramref name="said"/> is the text without the bot's mention, or
    /// the action of the card button that was used.
    /// </summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, string? said, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!IsShared(activity))
        {
            return false;
        }

        var cardUsed = activity.Value is not null;
        if (!cardUsed && !MentionsBot(activity))
        {
            NotMentioned(_logger);
            return true;
        }

        said = said?.Trim() ?? string.Empty;
        if (StartsWithWord(said, ReviewHere, out var draftHere) && draftHere.Length > 0)
        {
            var review = ToneReviewer.Review(draftHere);
            var reply = Activity.CreateMessageActivity();
            reply.Attachments = [ToneReviewCard.Create(review)];
            await turnContext.SendActivityAsync(reply, cancellationToken);
            ReviewedInPlace(_logger, draftHere.Length, review.Findings.Count);
            return true;
        }

        foreach (var request in PrivateRequests)
        {
            if (!StartsWithWord(said, request.Said, out var rest))
            {
                continue;
            }

            var draft = request.TakesDraft && !cardUsed ? rest : string.Empty;
            var message = Activity.CreateMessageActivity();
            message.Attachments = [draft.Length > 0 ? ToneReviewCard.Create(ToneReviewer.Review(draft)) : PrivateStartCard.Create(request.Command, request.Button)];
            var sent = await _privateChat.SendAsync(turnContext, message, cancellationToken);
            MovedPrivately(_logger, request.Command, draft.Length, sent);
            await turnContext.SendActivityAsync(
                !sent ? PrivateChat.NotInstalled : draft.Length > 0 ? ReviewSentPrivately : MovedToPrivateChat,
                cancellationToken);
            return true;
        }

        if (!cardUsed && PrivateStartFor(said) is { } start)
        {
            // Asked in the leader's own words ("can you check my update to the execs?"): the same move to the 1:1 chat.
            var message = Activity.CreateMessageActivity();
            message.Attachments = [PrivateStartCard.Create(start.Command, start.Button)];
            var sent = await _privateChat.SendAsync(turnContext, message, cancellationToken);
            MovedPrivately(_logger, start.Command, 0, sent);
            await turnContext.SendActivityAsync(sent ? MovedToPrivateChat : PrivateChat.NotInstalled, cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>The private start for a request about the leader's own draft or a 1:1, read by the front door's recogniser; null for anything else.</summary>
    private static (string Command, string Button)? PrivateStartFor(string said) =>
        IntentRecognizer.Recognize(said).Intent switch
        {
            CoachIntent.Review => (CardActions.Review, "Review a draft"),
            CoachIntent.ExecUpdate or CoachIntent.IncidentUpdate or CoachIntent.Apology or CoachIntent.TeamMessage => ("check my update", "Check my update"),
            CoachIntent.OneOnOne => (FollowThroughActions.OneOnOnePrep, "Prepare a 1:1"),
            _ => null,
        };

    /// <summary>Whether <paramref name="said"/> is <paramref name="word"/>, or starts with it followed by a colon or white space; the rest is what follows.</summary>
    private static bool StartsWithWord(string said, string word, out string rest)
    {
        rest = string.Empty;
        if (!said.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = said.AsSpan(word.Length);
        if (after.Length > 0 && after[0] != ':' && !char.IsWhiteSpace(after[0]))
        {
            return false;
        }

        rest = after.TrimStart(':').Trim().ToString();
        return true;
    }

    [LoggerMessage(EventId = LogEventIds.SharedMessageNotMentioned, Level = LogLevel.Debug, Message = "A shared-conversation message that does not mention the coach was left alone.")]
    private static partial void NotMentioned(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.SharedRequestMovedPrivately, Level = LogLevel.Information,
        Message = "A {Command} request in a shared conversation moved to the 1:1 chat ({DraftChars} draft characters reviewed): {Sent}.")]
    private static partial void MovedPrivately(ILogger logger, string command, int draftChars, bool sent);

    [LoggerMessage(EventId = LogEventIds.SharedReviewPosted, Level = LogLevel.Information,
        Message = "A review asked for in a shared conversation was posted there: {DraftChars} characters, {FindingCount} findings.")]
    private static partial void ReviewedInPlace(ILogger logger, int draftChars, int findingCount);
}
