using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// The Review tone dialog: the tone review card (its body, as the chat shows it) followed by the
/// message in a box to edit, and the buttons Review again, Insert into message and Send me this
/// review. A message too long to edit in a dialog is reviewed without the box.
/// </summary>
public static class ToneReviewDialogCard
{
    /// <summary>The longest message the dialog offers to edit; keeps the card well under Teams' size limit.</summary>
    public const int MaxEditableLength = 4000;

    public const string ReviewAgainTitle = "Review again";
    public const string InsertTitle = "Insert into message";
    public const string SendPrivatelyTitle = "Send me this review";

    public static Attachment Create(ToneReview review, string draft)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(draft);
        var card = JsonNode.Parse(ToneReviewCard.Create(review).Content!.Value.GetRawText())!.AsObject();
        card.Remove("actions");
        card.Remove("msteams");
        var body = card["body"]!.AsArray();
        var editable = draft.Length <= MaxEditableLength;
        List<AdaptiveAction> actions = [];
        if (editable)
        {
            body.Add(Node(new AdaptiveTextInput
            {
                Id = ReviewToneCommand.DraftInput,
                Label = "Your message: edit it, then review it again or insert it",
                IsMultiline = true,
                MaxLength = DraftQuestionCard.MaxDraftLength,
                Value = draft,
                Spacing = AdaptiveSpacing.Large,
                Separator = true,
            }));
            actions.Add(Button(ReviewAgainTitle, ReviewToneCommand.Review));
            actions.Add(Button(InsertTitle, ReviewToneCommand.Insert));
        }
        else
        {
            body.Add(Node(new AdaptiveTextBlock(string.Create(CultureInfo.InvariantCulture,
                $"The message is {draft.Length} characters long, too long to edit here: edit it where you write it, then review it again."))
            {
                IsSubtle = true,
                Separator = true,
            }));
        }

        actions.Add(Button(SendPrivatelyTitle, ReviewToneCommand.SendPrivately));
        card["actions"] = JsonSerializer.SerializeToNode(actions, AdaptiveCardJson.Options);
        return new Attachment { ContentType = AdaptiveCard.ContentType, Content = JsonSerializer.SerializeToElement(card) };
    }

    /// <summary>A button that submits only its own data; the box's text travels with it as an input.</summary>
    internal static AdaptiveSubmitAction Button(string title, string action) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = action });

    private static JsonNode Node(AdaptiveElement element) => JsonSerializer.SerializeToNode(element, AdaptiveCardJson.Options)!;
}
