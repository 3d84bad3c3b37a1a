namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Finds phrases inside a reply, whole words only, and keeps negation from flipping an answer. A
/// phrase right after a negation counts only as its negated form, when one of the phrases is
/// exactly that ("isn't contained" finds the phrase "not contained"); otherwise, and whenever the
/// negation is further away or itself negated, the phrase is set aside as negated, never kept.
/// </summary>
internal sealed class PhraseFinder
{
    private readonly IReadOnlyList<Phrase> _phrases;
    private readonly Dictionary<string, List<Phrase>> _byKey = new(StringComparer.Ordinal);

    public PhraseFinder(IReadOnlyList<Phrase> phrases)
    {
        _phrases = phrases;
        foreach (var phrase in phrases.Where(p => p.Words.Count > 0))
        {
            if (!_byKey.TryGetValue(phrase.Key, out var same))
            {
                _byKey[phrase.Key] = same = [];
            }

            same.Add(phrase);
        }
    }

    /// <summary>The phrases whose words are exactly the reply's words.</summary>
    public IReadOnlyList<Phrase> Whole(UtteranceTokens tokens) =>
        _byKey.TryGetValue(string.Join(' ', tokens.Words), out var same) ? same : [];

    /// <summary>
    /// Every phrase found, as kept (the longest first, then the earliest, none inside a longer or a
    /// negated one) and as set aside because a negation stands before it.
    /// </summary>
    public (IReadOnlyList<PhraseMatch> Kept, IReadOnlyList<PhraseMatch> Negated) Find(UtteranceTokens tokens)
    {
        var kept = new List<PhraseMatch>();
        var negated = new List<PhraseMatch>();
        foreach (var phrase in _phrases.Where(p => p.Words.Count > 0))
        {
            for (var start = 0; start + phrase.Words.Count <= tokens.Count; start++)
            {
                if (At(tokens, start, phrase, unPrefixed: false))
                {
                    Classify(tokens, phrase, start, kept, negated);
                }
                else if (At(tokens, start, phrase, unPrefixed: true))
                {
                    Negate(tokens, phrase, start, start, "un", kept, negated);
                }
            }
        }

        // A word inside a longer phrase, or inside a negated one ("not stable for now"), is not an answer of its own.
        var outermost = kept.Where(m => !kept.Any(m.IsInside) && !negated.Any(m.IsInside))
            .OrderByDescending(m => m.Length).ThenBy(m => m.Start)
            .ToList();
        return (outermost, negated);
    }

    private void Classify(UtteranceTokens tokens, Phrase phrase, int start, List<PhraseMatch> kept, List<PhraseMatch> negated)
    {
        if (Negation.IsCue(phrase.Words[0]))
        {
            // A phrase that is itself negative ("not sure", "no idea") is only undone by another negation.
            var outer = Negation.CueFromDistance(tokens, start);
            (outer is null ? kept : negated).Add(new PhraseMatch(phrase, start, phrase.Words.Count, outer));
            return;
        }

        var cue = Negation.DirectCue(tokens, start);
        if (cue >= 0)
        {
            Negate(tokens, phrase, start, cue, tokens.Words[cue], kept, negated);
        }
        else if (Negation.CueFromDistance(tokens, start) is { } distant)
        {
            negated.Add(new PhraseMatch(phrase, start, phrase.Words.Count, distant));
        }
        else
        {
            kept.Add(new PhraseMatch(phrase, start, phrase.Words.Count));
        }
    }

    /// <summary>Keeps the negated form of <paramref name="phrase"/> when exactly one answer names it, else sets the phrase aside.</summary>
    private void Negate(UtteranceTokens tokens, Phrase phrase, int start, int cue, string cueWord, List<PhraseMatch> kept, List<PhraseMatch> negated)
    {
        var span = start + phrase.Words.Count - cue;
        var doubleNegation = Negation.DirectCue(tokens, cue) >= 0;
        if (!doubleNegation
            && _byKey.TryGetValue($"{Negation.Not} {phrase.Key}", out var opposites)
            && opposites.Select(p => p.Owner).Distinct().Count() == 1
            && opposites[0].Owner != phrase.Owner)
        {
            kept.Add(new PhraseMatch(opposites[0], cue, span));
            return;
        }

        negated.Add(new PhraseMatch(phrase, cue, span, cueWord));
    }

    private static bool At(UtteranceTokens tokens, int start, Phrase phrase, bool unPrefixed)
    {
        for (var i = 0; i < phrase.Words.Count; i++)
        {
            var word = tokens.Words[start + i];
            if (i == 0 && unPrefixed)
            {
                word = Negation.WithoutUnPrefix(word);
            }

            if (!string.Equals(word, phrase.Words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
