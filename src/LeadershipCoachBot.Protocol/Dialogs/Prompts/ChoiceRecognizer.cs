using System.Globalization;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Finds the choice a reply picks: a card button (<c>value.choice</c>), the label or a synonym
/// (ignoring case, spaces and punctuation), its number (<c>2</c>, <c>2.</c>, <c>#2</c>), or else the
/// one label or synonym that appears inside a longer reply.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The field of a choice button's submit data: <c>{"choice": "&lt;value&gt;"}</c>.</summary>
    public const string ChoiceField = "choice";

    public static FoundChoice? Recognize(Activity activity, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(choices);
        var text = CardSubmit.IsCardSubmit(activity) ? CardSubmit.GetString(activity, ChoiceField) : activity.Text;
        return RecognizeText(text, choices);
    }

    public static FoundChoice? RecognizeText(string? text, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var words = Utterance.Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        return FindExact(words, choices) ?? FindByNumber(words, choices) ?? FindInside(words, choices);
    }

    private static FoundChoice? FindExact(string[] words, IList<Choice> choices)
    {
        var reply = string.Join(' ', words);
        for (var i = 0; i < choices.Count; i++)
        {
            if (Utterance.Normalise(choices[i].Value) == reply)
            {
                return Found(choices, i, 1.0, null);
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var synonym in choices[i].Synonyms ?? [])
            {
                if (Utterance.Normalise(synonym) == reply)
                {
                    return Found(choices, i, 1.0, synonym);
                }
            }
        }

        return null;
    }

    private static FoundChoice? FindByNumber(string[] words, IList<Choice> choices) =>
        words.Length == 1
        && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number >= 1 && number <= choices.Count
            ? Found(choices, number - 1, 1.0, null)
            : null;

    private static FoundChoice? FindInside(string[] words, IList<Choice> choices)
    {
        FoundChoice? best = null;
        var ambiguous = false;
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var phrase in (IEnumerable<string?>)[null, .. choices[i].Synonyms ?? []])
            {
                var phraseWords = Utterance.Words(phrase ?? choices[i].Value);
                if (phraseWords.Length == 0 || !Contains(words, phraseWords))
                {
                    continue;
                }

                var score = (double)phraseWords.Length / words.Length;
                if (best is null || score > best.Score)
                {
                    best = Found(choices, i, score, phrase);
                    ambiguous = false;
                }
                else if (score.Equals(best.Score) && best.Index != i)
                {
                    ambiguous = true;
                }
            }
        }

        return ambiguous ? null : best;
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static FoundChoice Found(IList<Choice> choices, int index, double score, string? synonym) =>
        new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };
}
