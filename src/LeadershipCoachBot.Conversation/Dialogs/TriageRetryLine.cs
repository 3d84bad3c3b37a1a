using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>One line telling the leader why a typed triage answer was not taken.</summary>
public static class TriageRetryLine
{
    public static string For(ChoiceReading reading, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(choices);
        return reading.Miss switch
        {
            ChoiceMiss.Negated when reading.Negated is { } negated && negated.Index < choices.Count =>
                $"I read \"{negated.Phrase}\" after \"{negated.Negation}\", so I did not take it as {choices[negated.Index].Value}.",
            ChoiceMiss.MoreThanOne when reading.Candidates.Count > 1 =>
                $"That fits more than one answer: {string.Join(" and ", reading.Candidates.Where(i => i < choices.Count).Select(i => choices[i].Value))}.",
            ChoiceMiss.OutOfRange => $"There are only {choices.Count} answers.",
            ChoiceMiss.Empty => "I did not get an answer to this question.",
            ChoiceMiss.None or ChoiceMiss.NoMatch or ChoiceMiss.Negated or ChoiceMiss.MoreThanOne => "I could not match that to one of these answers.",
            _ => throw new ArgumentOutOfRangeException(nameof(reading), reading.Miss, "Unknown kind of miss."),
        };
    }
}
