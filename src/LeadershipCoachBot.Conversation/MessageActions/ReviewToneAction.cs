using LeadershipCoachBot.Protocol.Diagnostics;
using System.Net;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// The Review tone message action. <c>composeExtension/fetchTask</c> opens a dialog with the tone
/// review of the picked message (or, from the compose box, a box to type into);
/// <c>composeExtension/submitAction</c> reviews the edited text again, inserts it into the compose
/// box, or sends the review to the leader's private chat. Nothing is posted where others read it.
/// </summary>
public sealed partial class ReviewToneAction
{
    public const string SentPrivately = "I sent the review to your private chat with the coach.";

    private const string EmptyMessage = "That message has no text I can review. Type or paste it here instead.";
    private const string EmptyBox = "The box is empty. Type or paste the message first.";

    private readonly PrivateChat _privateChat;
    private readonly ILogger<ReviewToneAction> _logger;

    public ReviewToneAction(PrivateChat privateChat, ILogger<ReviewToneAction> logger)
    {
        ArgumentNullException.ThrowIfNull(privateChat);
        ArgumentNullException.ThrowIfNull(logger);
        _privateChat = privateChat;
        _logger = logger;
    }

    public MessagingExtensionActionResponse FetchTask(MessagingExtensionAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        RequireCommand(action);
        if (!string.Equals(action.CommandContext, "message", StringComparison.OrdinalIgnoreCase))
        {
            DialogOpened(_logger, ContextName(action.CommandContext), 0, 0);
            return Dialog(ReviewToneDraftCard.Create());
        }

        var text = MessageText.From(action.MessagePayload);
        if (text.Length == 0)
        {
            DialogOpened(_logger, "message", 0, 0);
            return Dialog(ReviewToneDraftCard.Create(EmptyMessage));
        }

        return Reviewed(text, "message");
    }

    public async Task<MessagingExtensionActionResponse> SubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(action);
        RequireCommand(action);
        var submit = ReviewToneSubmit.Read(action.Data);
        var draft = submit.Draft.Length > 0 ? submit.Draft : MessageText.From(action.MessagePayload);
        if (draft.Length == 0)
        {
            return Dialog(ReviewToneDraftCard.Create(EmptyBox));
        }

        switch (submit.Action)
        {
            case ReviewToneCommand.Review:
                return Reviewed(draft, ContextName(action.CommandContext));
            case ReviewToneCommand.Insert:
                Inserted(_logger, draft.Length);
                return new MessagingExtensionActionResponse
                {
                    ComposeExtension = new MessagingExtensionResult { Type = "result", AttachmentLayout = "list", Attachments = [InsertedMessageCard.Create(draft)] },
                };
            case ReviewToneCommand.SendPrivately:
                var review = ToneReviewer.Review(draft);
                var message = Activity.CreateMessageActivity();
                message.Attachments = [ToneReviewCard.Create(review)];
                var sent = await _privateChat.SendAsync(turnContext, message, cancellationToken);
                SentToPrivateChat(_logger, draft.Length, review.Findings.Count, sent);
                return new MessagingExtensionActionResponse
                {
                    Task = new TaskModuleMessageResponse { Value = sent ? SentPrivately : PrivateChat.NotInstalled },
                };
            default:
                throw new InvokeResponseException((int)HttpStatusCode.BadRequest);
        }
    }

    private MessagingExtensionActionResponse Reviewed(string draft, string context)
    {
        var review = ToneReviewer.Review(draft);
        DialogOpened(_logger, context, draft.Length, review.Findings.Count);
        return Dialog(ToneReviewDialogCard.Create(review, draft));
    }

    private static MessagingExtensionActionResponse Dialog(Attachment card) => new()
    {
        Task = new TaskModuleContinueResponse
        {
            Value = new TaskModuleTaskInfo { Title = ReviewToneCommand.DialogTitle, Width = "large", Height = "large", Card = card },
        },
    };

    /// <summary>Where the action started, for logs: one of Teams' values, never free text.</summary>
    private static string ContextName(string? commandContext) => commandContext?.ToLowerInvariant() switch
    {
        "message" => "message",
        "compose" => "compose",
        "commandbox" => "commandBox",
        null => "none",
        _ => "other",
    };

    private static void RequireCommand(MessagingExtensionAction action)
    {
        if (!string.Equals(action.CommandId, ReviewToneCommand.Id, StringComparison.Ordinal))
        {
            throw new InvokeResponseException((int)HttpStatusCode.BadRequest);
        }
    }

    [LoggerMessage(EventId = LogEventIds.MessageActionReviewed, Level = LogLevel.Information,
        Message = "Review tone dialog from {CommandContext}: {DraftChars} characters, {FindingCount} findings.")]
    private static partial void DialogOpened(ILogger logger, string commandContext, int draftChars, int findingCount);

    [LoggerMessage(EventId = LogEventIds.MessageActionInserted, Level = LogLevel.Information, Message = "Review tone: a {DraftChars}-character message inserted into the compose box.")]
    private static partial void Inserted(ILogger logger, int draftChars);

    [LoggerMessage(EventId = LogEventIds.MessageActionSentPrivately, Level = LogLevel.Information,
        Message = "Review tone: review of {DraftChars} characters with {FindingCount} findings sent privately: {Sent}.")]
    private static partial void SentToPrivateChat(ILogger logger, int draftChars, int findingCount, bool sent);
}
