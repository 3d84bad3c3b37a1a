using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>
/// The Review tone dialog before there is anything to review: from the compose box, or for a
/// message without text. A box for the message and a Review button; an optional notice says why.
/// </summary>
public static class ReviewToneDraftCard
{
    public const string ReviewTitle = "Review";

    public static Attachment Create(string? notice = null)
    {
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock("Review the tone of your message") { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
        };
        if (notice is { Length: > 0 })
        {
            body.Add(new AdaptiveTextBlock(notice) { Color = AdaptiveTextColor.Attention });
        }

        body.Add(new AdaptiveTextInput
        {
            Id = ReviewToneCommand.DraftInput,
            Label = "Type or paste what you are about to send. Only you see the review.",
            Placeholder = "The update, apology or message to your team, as you would send it.",
            IsMultiline = true,
            MaxLength = DraftQuestionCard.MaxDraftLength,
            IsRequired = true,
            ErrorMessage = "Type or paste the message, then select Review.",
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [ToneReviewDialogCard.Button(ReviewTitle, ReviewToneCommand.Review)],
            FallbackText = "Type or paste the message to review.",
        }.ToAttachment();
    }
}
