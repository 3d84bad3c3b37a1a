namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Finds phrases inside a reply, whole words only, and keeps negation from flipping an answer. A
/// phrase right after a negation counts only as its negated form, when one of the phrases is
/// exactly that ("isn't contained" finds the phrase "not contained"); otherwise, and whenever the
/// negation is further away or itself negated, the phrase is set aside as negated, never kept.
/// </summary>
internal sealed class PhraseFinder
{
    private const int MaxGap = 2;

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
                if (End(tokens, start, phrase, unPrefixed: false) is var end and > 0)
                {
                    Classify(tokens, phrase, start, end, kept, negated);
                }
                else if (End(tokens, start, phrase, unPrefixed: true) is var unEnd and > 0)
                {
                    Negate(tokens, phrase, start, unEnd, start, "un", kept, negated);
                }
            }
        }

        // "stable? not really", "contained? no": a "not" or a bare "no" after a phrase, naming nothing
        // itself, takes the phrase back (unless that phrase is itself a negative, as in "no, not yet").
        var takenBack = kept.Where(m => !Negation.IsCue(m.Phrase.Words[0])
            && Negation.MayTakeBack(tokens, m.End)
            && !NamesAnything(kept, tokens, m.End)
            && !NamesAnything(negated, tokens, m.End)).ToList();
        foreach (var answered in takenBack)
        {
            kept.Remove(answered);
            negated.Add(answered with { Cue = tokens.Words[answered.End] });
        }

        // A word inside a longer phrase, or inside a negated one ("not stable for now"), is not an answer of its own.
        var outermost = kept.Where(m => !kept.Any(m.IsInside) && !negated.Any(n => m.IsInside(n) && !StatesTheSameNegation(m, n)))
            .OrderByDescending(m => m.Length).ThenBy(m => m.Start)
            .ToList();
        return (outermost, negated);
    }

    private void Classify(UtteranceTokens tokens, Phrase phrase, int start, int end, List<PhraseMatch> kept, List<PhraseMatch> negated)
    {
        if (Negation.IsNoLonger(tokens, start) && (phrase.Words.Count < 2 || phrase.Words[1] != "longer"))
        {
            // The "no" of "no longer" negates what follows; it is not the answer "no", nor the start of "no one".
            return;
        }

        if (phrase.Words.Count > 1 && Negation.IsCue(phrase.Words[^1]) && Enumerable.Range(end, tokens.Count - end)
            .Any(i => tokens.Clauses[i] == tokens.Clauses[start] && !Negation.IsFiller(tokens.Words[i])))
        {
            // "it hasn't been confirmed": a phrase that ends in a negation passes it on to the words after it.
            return;
        }

        if (Negation.IsCue(phrase.Words[0]))
        {
            // A phrase that is itself negative ("not sure", "no idea") is only undone by another negation.
            var outer = Negation.CueFromDistance(tokens, start);
            (outer is null ? kept : negated).Add(new PhraseMatch(phrase, start, end - start, outer));
            return;
        }

        var cue = Negation.DirectCue(tokens, start);
        if (Negation.IsFollowedByNot(tokens, end) && tokens.Clauses[end] == tokens.Clauses[start])
        {
            negated.Add(new PhraseMatch(phrase, start, end - start, Negation.Not));
        }
        else if (cue >= 0)
        {
            Negate(tokens, phrase, start, end, cue, tokens.Words[cue], kept, negated);
        }
        else if (Negation.CueFromDistance(tokens, start) is { } distant)
        {
            negated.Add(new PhraseMatch(phrase, start, end - start, distant));
        }
        else
        {
            kept.Add(new PhraseMatch(phrase, start, end - start));
        }
    }

    /// <summary>"not all" kept inside "not all of them" set aside: both start at the same negation, and the kept one names it.</summary>
    private static bool StatesTheSameNegation(PhraseMatch kept, PhraseMatch negated) =>
        kept.Start == negated.Start && Negation.IsCue(kept.Phrase.Words[0]);

    private static bool NamesAnything(List<PhraseMatch> kept, UtteranceTokens tokens, int clauseStart) =>
        kept.Any(m => m.Start >= clauseStart && tokens.Clauses[m.Start] == tokens.Clauses[clauseStart]);

    /// <summary>Keeps the negated form of <paramref name="phrase"/> when exactly one answer names it, else sets the phrase aside.</summary>
    private void Negate(UtteranceTokens tokens, Phrase phrase, int start, int end, int cue, string cueWord, List<PhraseMatch> kept, List<PhraseMatch> negated)
    {
        var span = end - cue;
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

    /// <summary>
    /// Where the phrase found at <paramref name="start"/> ends (exclusive), or -1. Its words come in
    /// order; up to <see cref="MaxGap"/> other words may stand between two of them ("roll it back"
    /// finds "roll back"), but no negation and no clause break, and in a phrase that starts with a
    /// negation only fillers ("not really sure" finds "not sure", "no longer most customers" does
    /// not find "no customers").
    /// </summary>
    private static int End(UtteranceTokens tokens, int start, Phrase phrase, bool unPrefixed)
    {
        var first = unPrefixed ? Negation.WithoutUnPrefix(tokens.Words[start]) : tokens.Words[start];
        if (!string.Equals(first, phrase.Words[0], StringComparison.Ordinal))
        {
            return -1;
        }

        var at = start + 1;
        for (var i = 1; i < phrase.Words.Count; i++)
        {
            var gap = 0;
            while (at < tokens.Count && !string.Equals(tokens.Words[at], phrase.Words[i], StringComparison.Ordinal))
            {
                if (++gap > MaxGap || Negation.IsCue(tokens.Words[at]) || tokens.Clauses[at] != tokens.Clauses[at - 1]
                    || (Negation.IsCue(phrase.Words[0]) && !Negation.IsFiller(tokens.Words[at])))
                {
                    return -1;
                }

                at++;
            }

            if (at == tokens.Count || (gap > 0 && tokens.Clauses[at] != tokens.Clauses[at - 1]))
            {
                return -1;
            }

            at++;
        }

        return at;
    }
}
