using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The first triage question, which may be skipped: a one-line answer box (not required) with Next and Skip buttons.</summary>
public static class TriageQuestionCard
{
    public static Attachment CreateSummaryQuestion(string question, string inputId, string skipWord) => new AdaptiveCard
    {
        Body =
        [
            new AdaptiveTextBlock("Incident triage") { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
            new AdaptiveTextInput { Id = inputId, Label = question, Placeholder = "e.g. EU checkout failing since 14:00", MaxLength = 300 },
        ],
        Actions =
        [
            new AdaptiveSubmitAction { Title = "Next" },
            new AdaptiveSubmitAction("Skip", new Dictionary<string, string> { [inputId] = skipWord }) { AssociatedInputs = "none" },
        ],
        FallbackText = question,
    }.ToAttachment();
}
