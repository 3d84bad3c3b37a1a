using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// An optional question: a text box that is not required (Next with it empty skips too) with Next
/// and Skip buttons (Skip sends the skip word, no typing needed).
/// </summary>
public static class SkippableQuestionCard
{
    public const string SkipWord = "skip";

    public static Attachment Create(SkippableQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock(question.Title) { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
                new AdaptiveTextInput
                {
                    Id = question.InputId,
                    Label = question.Question,
                    Placeholder = question.Placeholder,
                    IsMultiline = question.MaxLength > 300,
                    MaxLength = question.MaxLength,
                },
                new AdaptiveTextBlock("Optional. You can also type your answer, or skip.") { IsSubtle = true },
            ],
            Actions =
            [
                new AdaptiveSubmitAction { Title = "Next" },
                new AdaptiveSubmitAction("Skip", new Dictionary<string, string> { [question.InputId] = SkipWord }) { AssociatedInputs = "none" },
            ],
            FallbackText = $"{question.Question} (Or say skip.)",
        }.ToAttachment();
    }
}
