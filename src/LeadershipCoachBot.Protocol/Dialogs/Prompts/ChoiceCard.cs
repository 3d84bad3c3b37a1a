using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>A question with one <c>Action.Submit</c> button per choice, each sending <c>{"choice": value}</c>.</summary>
public static class ChoiceCard
{
    public static Attachment Create(string? text, IList<Choice> choices) => Create(text, choices, note: null);

    /// <summary>The same card with a <paramref name="note"/> under the question, e.g. what was not understood in the last answer.</summary>
    public static Attachment Create(string? text, IList<Choice> choices, string? note)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new AdaptiveCard
        {
            Actions = [.. choices.Select(ToAction)],
            FallbackText = FallbackText(string.IsNullOrWhiteSpace(note) ? text : $"{text}\n{note}".Trim(), choices),
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            card.Body.Add(new AdaptiveTextBlock(text));
        }

        if (!string.IsNullOrWhiteSpace(note))
        {
            card.Body.Add(new AdaptiveTextBlock(note) { IsSubtle = true });
        }

        return card.ToAttachment();
    }

    private static AdaptiveAction ToAction(Choice choice) =>
        choice.Action ?? new AdaptiveSubmitAction(
            choice.Value,
            new Dictionary<string, string>(StringComparer.Ordinal) { [ChoiceRecognizer.ChoiceField] = choice.Value });

    private static string FallbackText(string? text, IList<Choice> choices)
    {
        var lines = choices.Select((choice, i) => $"{i + 1}. {choice.Value}");
        return string.Join('\n', string.IsNullOrWhiteSpace(text) ? lines : lines.Prepend(text));
    }
}
