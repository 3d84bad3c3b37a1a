using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>Asks for the draft to review: a multi-line box and a Review it button.</summary>
public static class DraftQuestionCard
{
    /// <summary>The longest draft the box takes, in characters.</summary>
    public const int MaxDraftLength = 20000;

    public static Attachment Create(string question, string inputId) => new AdaptiveCard
    {
        Body =
        [
            new AdaptiveTextBlock("Review a draft") { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
            new AdaptiveTextInput
            {
                Id = inputId,
                Label = question,
                Placeholder = "Paste the message as you would send it.",
                IsMultiline = true,
                MaxLength = MaxDraftLength,
                IsRequired = true,
                ErrorMessage = "Paste your draft, then tap Review it.",
            },
            new AdaptiveTextBlock("You can also paste it as a message.") { IsSubtle = true },
        ],
        Actions = [new AdaptiveSubmitAction { Title = "Review it" }],
        FallbackText = question,
    }.ToAttachment();
}
