using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// A pre-post check question: where it is ("2 of 5"), the question, its answer boxes, and Next and
/// Skip buttons. Both buttons send <see cref="StepField"/> so an empty answer still moves on.
/// </summary>
public static class PlanQuestionCard
{
    public const string StepField = "step";
    public const string Next = "next";
    public const string Skip = "skip";

    /// <summary>The longest answer a box takes.</summary>
    public const int MaxAnswerLength = 400;

    public static Attachment Create(string title, string progress, string question, IReadOnlyList<PlanInput> inputs, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock($"{title} \u00B7 {progress}") { IsSubtle = true, Spacing = AdaptiveSpacing.None },
            new AdaptiveTextBlock(question) { Weight = AdaptiveTextWeight.Bolder, Size = AdaptiveTextSize.Medium, Style = "heading" },
        };
        if (hint is not null)
        {
            body.Add(new AdaptiveTextBlock(hint) { IsSubtle = true, Spacing = AdaptiveSpacing.Small });
        }

        body.AddRange(inputs.Select(i => new AdaptiveTextInput
        {
            Id = i.Id,
            Label = i.Label,
            Placeholder = i.Placeholder,
            IsMultiline = i.IsMultiline ? true : null,
            MaxLength = MaxAnswerLength,
        }));
        body.Add(new AdaptiveTextBlock("Skip anything you don't know yet; I'll use a sensible default. You can also type your answer.") { IsSubtle = true });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new AdaptiveSubmitAction("Next", new Dictionary<string, string> { [StepField] = Next }),
                new AdaptiveSubmitAction("Skip", new Dictionary<string, string> { [StepField] = Skip }) { AssociatedInputs = "none" },
            ],
            FallbackText = $"{progress}: {question}",
        }.ToAttachment();
    }
}
