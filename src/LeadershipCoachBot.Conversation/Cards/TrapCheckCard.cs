using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The four "What Not to Do" checks as one card of ticks; Done sends the ticked ids in <see cref="TrapsField"/>.</summary>
public static class TrapCheckCard
{
    public const string TrapsField = "traps";

    public static Attachment Create(string title, string progress)
    {
        return new AdaptiveCard
        {
            Body =
            [
                new AdaptiveTextBlock($"{title} \u00B7 {progress}") { IsSubtle = true, Spacing = AdaptiveSpacing.None },
                new AdaptiveTextBlock("Quick self-check before you write") { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
                new AdaptiveTextBlock("Be honest: tick any that feel true right now. Each tick gets one line of coaching.") { IsSubtle = true, Spacing = AdaptiveSpacing.Small },
                new AdaptiveChoiceSetInput
                {
                    Id = TrapsField,
                    Style = "expanded",
                    IsMultiSelect = true,
                    Choices = [.. TrapChecks.All.Select(c => new AdaptiveChoice(c.Question, c.Id))],
                },
            ],
            Actions =
            [
                new AdaptiveSubmitAction("Done", new Dictionary<string, string> { [PlanQuestionCard.StepField] = PlanQuestionCard.Next }),
                new AdaptiveSubmitAction("None of these", new Dictionary<string, string> { [PlanQuestionCard.StepField] = PlanQuestionCard.Skip }) { AssociatedInputs = "none" },
            ],
            FallbackText = $"{progress}: " + string.Join(" ", TrapChecks.All.Select((c, i) => $"{i + 1}. {c.Question}")),
        }.ToAttachment();
    }
}
