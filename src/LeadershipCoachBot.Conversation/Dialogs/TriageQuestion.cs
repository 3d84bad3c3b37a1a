using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>A triage question and its buttons, each button carrying the answer it means.</summary>
public sealed class TriageQuestion<TAnswer>
    where TAnswer : struct, Enum
{
    public TriageQuestion(string text, params TriageChoice<TAnswer>[] choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(choices);
        Text = text;
        Choices = choices;
    }

    public string Text { get; }

    public IReadOnlyList<TriageChoice<TAnswer>> Choices { get; }

    /// <summary>The choices as the choice prompt takes them: label as value, synonyms as they are.</summary>
    public IList<Choice> ToPromptChoices() => [.. Choices.Select(c => new Choice(c.Label, c.Synonyms))];

    /// <summary>The answer the picked choice means.</summary>
    public TAnswer AnswerFor(FoundChoice found)
    {
        ArgumentNullException.ThrowIfNull(found);
        var choice = Choices.FirstOrDefault(c => string.Equals(c.Label, found.Value, StringComparison.Ordinal))
            ?? throw new ArgumentException($"'{found.Value}' is not a choice of the question '{Text}'.", nameof(found));
        return choice.Answer;
    }
}
