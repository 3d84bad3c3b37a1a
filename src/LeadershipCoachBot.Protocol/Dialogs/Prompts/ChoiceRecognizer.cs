using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Finds the choice a reply picks, trying one way after another and stopping at the first that
/// finds anything: a card button (<c>value.choice</c>) or the label or synonym typed as it is;
/// the same ignoring case, spaces and punctuation; a label or synonym inside a longer reply;
/// then, only when no label or synonym was found at all (not even a negated one), a position
/// ("the second one", "last", "second to last") or a number ("2", "two"), as the whole reply: see
/// <see cref="ChoicePosition"/>. A reply that fits more than one choice picks
/// none, and so does a label or synonym right after a negation, unless a choice names that negated
/// meaning itself ("not contained"): see <see cref="PhraseFinder"/>.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The field of a choice button's submit data: <c>{"choice": "&lt;value&gt;"}</c>.</summary>
    public const string ChoiceField = "choice";

    public static FoundChoice? Recognize(Activity activity, IList<Choice> choices) => Read(activity, choices).Found;

    public static FoundChoice? RecognizeText(string? text, IList<Choice> choices) => Read(text, choices).Found;

    /// <summary>Reads a typed reply or a choice button's submit.</summary>
    public static ChoiceReading Read(Activity activity, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Read(CardSubmit.IsCardSubmit(activity) ? CardSubmit.GetString(activity, ChoiceField) : activity.Text, choices);
    }

    public static ChoiceReading Read(string? text, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ChoiceReading.Missed(ChoiceMiss.Empty);
        }

        if (FindAsTyped(text, choices) is { } typed)
        {
            return new ChoiceReading { Found = typed };
        }

        var tokens = UtteranceTokens.From(text);
        var phrases = Phrases(choices);
        var finder = new PhraseFinder(phrases);
        return FindWhole(finder, tokens, choices)
            ?? FindInside(finder, tokens, choices)
            ?? FindPosition(tokens, choices);
    }

    /// <summary>The raw text first, so labels that differ only in symbols ("A &lt; B", "A &gt;= B") stay apart.</summary>
    private static FoundChoice? FindAsTyped(string text, IList<Choice> choices)
    {
        var typed = string.Join(' ', Utterance.WithoutMentions(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i].Value.Trim(), typed, StringComparison.OrdinalIgnoreCase))
            {
                return Found(choices, i, 1.0, null);
            }
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i].Synonyms?.FirstOrDefault(s => string.Equals(s.Trim(), typed, StringComparison.OrdinalIgnoreCase)) is { } synonym)
            {
                return Found(choices, i, 1.0, synonym);
            }
        }

        return null;
    }

    private static ChoiceReading? FindWhole(PhraseFinder finder, UtteranceTokens tokens, IList<Choice> choices)
    {
        var whole = finder.Whole(tokens);
        var owners = whole.Select(p => p.Owner).Distinct().Order().ToList();
        return owners.Count switch
        {
            0 => null,
            1 => new ChoiceReading { Found = Found(choices, whole[0], 1.0) },
            _ => new ChoiceReading { Miss = ChoiceMiss.MoreThanOne, Candidates = owners },
        };
    }

    private static ChoiceReading? FindInside(PhraseFinder finder, UtteranceTokens tokens, IList<Choice> choices)
    {
        var (kept, negated) = finder.Find(tokens);
        var owners = kept.Select(m => m.Phrase.Owner).Distinct().Order().ToList();
        if (owners.Count == 1)
        {
            var best = kept[0];
            return new ChoiceReading { Found = Found(choices, best.Phrase, (double)best.Length / tokens.Count) };
        }

        if (owners.Count > 1)
        {
            return new ChoiceReading { Miss = ChoiceMiss.MoreThanOne, Candidates = owners };
        }

        return negated.Count == 0
            ? null
            : new ChoiceReading { Miss = ChoiceMiss.Negated, Negated = new NegatedChoice(negated[0].Phrase.Owner, negated[0].Cue ?? Negation.Not, negated[0].Phrase.Text) };
    }

    private static ChoiceReading FindPosition(UtteranceTokens tokens, IList<Choice> choices) =>
        ChoicePosition.Find(tokens, choices.Count) switch
        {
            null => ChoiceReading.Missed(ChoiceMiss.NoMatch),
            var index when index < 0 || index >= choices.Count => ChoiceReading.Missed(ChoiceMiss.OutOfRange),
            var index => new ChoiceReading { Found = Found(choices, index.Value, 1.0, null) },
        };

    /// <summary>Each choice's label (its text is the label itself) and synonyms, owned by the choice's position.</summary>
    private static List<Phrase> Phrases(IList<Choice> choices)
    {
        var phrases = new List<Phrase>();
        for (var i = 0; i < choices.Count; i++)
        {
            phrases.Add(Phrase.Of(i, choices[i].Value));
            phrases.AddRange((choices[i].Synonyms ?? []).Select(s => Phrase.Of(i, s)));
        }

        return phrases;
    }

    private static FoundChoice Found(IList<Choice> choices, Phrase phrase, double score) =>
        Found(choices, phrase.Owner, score, string.Equals(phrase.Text, choices[phrase.Owner].Value, StringComparison.Ordinal) ? null : phrase.Text);

    private static FoundChoice Found(IList<Choice> choices, int index, double score, string? synonym) =>
        new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };
}
