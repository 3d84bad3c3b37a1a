using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>Reads a pre-post check answer, typed or from its card, and echoes card answers so the chat history reads.</summary>
public static class PlanAnswers
{
    private const int EchoLength = 90;

    /// <summary>Whether the answer was a Skip button or a typed "skip", "dunno" and the like.</summary>
    public static bool Skipped(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var said = step.GetResult<string>();
        return CardSubmit.IsCardSubmit(step.Context.Activity)
            ? string.Equals(said, PlanQuestionCard.Skip, StringComparison.Ordinal)
            : DontKnowAnswer.Matches(said);
    }

    /// <summary>The card's input <paramref name="id"/>, or for a typed answer the text when <paramref name="typedGoesHere"/>.</summary>
    public static string? Read(WaterfallStepContext step, string id, bool typedGoesHere)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (Skipped(step))
        {
            return null;
        }

        var activity = step.Context.Activity;
        var text = CardSubmit.IsCardSubmit(activity) ? CardSubmit.GetString(activity, id) : typedGoesHere ? activity.Text : null;
        return string.IsNullOrWhiteSpace(text) || DontKnowAnswer.Matches(text) ? null : Clip(text.Trim(), PlanQuestionCard.MaxAnswerLength);
    }

    /// <summary>
    /// The three facts (known, doing, uncertain): from the card's fields, or a typed answer split by
    /// <see cref="TypedFacts"/> so a default never stands in for something the leader typed.
    /// </summary>
    public static FactsAnswer ReadFacts(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (CardSubmit.IsCardSubmit(step.Context.Activity))
        {
            return new FactsAnswer(
                Read(step, nameof(PlanField.Known), typedGoesHere: false),
                Read(step, nameof(PlanField.Doing), typedGoesHere: false),
                Read(step, nameof(PlanField.Uncertain), typedGoesHere: false));
        }

        var typed = Read(step, nameof(PlanField.Known), typedGoesHere: true);
        if (typed is null)
        {
            return new FactsAnswer(null, null, null);
        }

        var split = TypedFacts.Split(typed);
        return new FactsAnswer(Kept(split.Known), Kept(split.Doing), Kept(split.Uncertain));
    }

    /// <summary>After a card answer: one short line naming what was taken, so the history reads without the card.</summary>
    public static Task EchoAsync(WaterfallStepContext step, string progress, IReadOnlyList<(PlanField Field, string? Value)> answers, CancellationToken cancellationToken) =>
        EchoAsync(step, progress, answers, typedToo: false, cancellationToken);

    /// <summary>As the card echo; with <paramref name="typedToo"/> a typed answer is echoed too.</summary>
    /// <param name="typedToo">Echo a typed answer as well (one typed answer split over several fields), so the leader sees where each part went.</param>
    public static Task EchoAsync(WaterfallStepContext step, string progress, IReadOnlyList<(PlanField Field, string? Value)> answers, bool typedToo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(answers);
        if (!CardSubmit.IsCardSubmit(step.Context.Activity) && !(typedToo && answers.Any(a => a.Value is not null)))
        {
            return Task.CompletedTask;
        }

        var given = answers.Where(a => a.Value is not null).Select(a => $"{DraftingLabels.Field(a.Field)}: \u201C{Clip(a.Value!, EchoLength)}\u201D").ToList();
        var line = given.Count == 0 ? $"{progress}: skipped; I'll use a sensible default." : $"{progress} \u2713 {string.Join("; ", given)}";
        return step.Context.SendActivityAsync(line, cancellationToken);
    }

    private static string? Kept(string? part) =>
        part is null || DontKnowAnswer.Matches(part) ? null : Clip(part, PlanQuestionCard.MaxAnswerLength);

    private static string Clip(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "\u2026");
}
