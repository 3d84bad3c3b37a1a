using LeadershipCoachBot.Coaching.ToneReview.Text;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>
/// One change a finding asks of the draft: a sentence replaced by its rewrite, a sentence dropped, or a line
/// added at the end (<see cref="Start"/> is -1). Offsets are into the original draft.
/// </summary>
internal sealed record DraftEdit(ToneCategory Category, int Start, int Length, string Replacement)
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

        return new DraftEdit(finding.Category, sentence.Start, sentence.Length, replacement);
    }
}
