using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// One change a finding asks of the draft: a sentence replaced by its rewrite, a sentence dropped, or a line
/// added at the end (<see cref="Start"/> is -1). Offsets are into the original draft. <see cref="Narrower"/>, when
/// there is one, replaces only the flagged clause, for when replacing the whole sentence would lose what else it says.
/// </summary>
internal sealed record DraftEdit(ToneCategory Category, int Start, int Length, string Replacement, DraftEdit? Narrower = null)
{
    public bool IsAddition => Start < 0;

    public static DraftEdit Addition(ToneCategory category, string line) => new(category, -1, 0, line);

    /// <summary>
    /// The edit for a phrasing finding: self-centring and self-punishing sentences are dropped; any other sentence is
    /// replaced by the suggestion's pasteable words. Null when the sentence holds quoted speech the suggestion would lose.
    /// </summary>
    public static DraftEdit? ForPhrasing(DraftText text, RuleHit hit, ToneFinding finding)
    {
        var sentence = hit.Sentence;
        if (finding.Category is ToneCategory.SelfCentering or ToneCategory.ShameSpiral)
        {
            return new DraftEdit(finding.Category, sentence.Start, sentence.Length, string.Empty);
        }

        var replacement = SuggestionWriter.Pasteable(finding.Suggestion);
        foreach (var (start, end) in text.Quotations)
        {
            if (start < sentence.End && end > sentence.Start
                && !replacement.Contains(text.Original.AsSpan(start, end - start), StringComparison.Ordinal))
            {
                return null;
            }
        }

        return new DraftEdit(finding.Category, sentence.Start, sentence.Length, replacement, ClauseEdit(text, sentence, finding, replacement));
    }

    /// <summary>The suggestion put in place of the flagged clause alone, its capital and full stop fitted to where the clause sits.</summary>
    private static DraftEdit? ClauseEdit(DraftText text, DraftSentence sentence, ToneFinding finding, string replacement)
    {
        if (finding is not { Start: { } start, Length: { } length } || (start == sentence.Start && length >= sentence.Length - 1))
        {
            return null;
        }

        var clause = replacement.TrimEnd();
        var endsSentence = start + length >= sentence.End - 1;
        if (!endsSentence && clause.EndsWith('.'))
        {
            clause = clause[..^1];
        }

        if (start > sentence.Start && clause.Length > 1 && char.IsUpper(clause[0]) && !char.IsUpper(clause[1]) && !clause.StartsWith("I ", StringComparison.Ordinal))
        {
            clause = string.Concat(char.ToLowerInvariant(clause[0]).ToString(), clause.AsSpan(1));
        }

        var end = endsSentence ? sentence.End : start + length;
        return new DraftEdit(finding.Category, start, end - start, clause);
    }
}
