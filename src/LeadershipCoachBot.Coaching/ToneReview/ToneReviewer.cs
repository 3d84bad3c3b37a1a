using LeadershipCoachBot.Coaching.ToneReview.Engine;
using LeadershipCoachBot.Coaching.ToneReview.Rules;
using LeadershipCoachBot.Coaching.ToneReview.Text;

namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>Reviews the tone of a draft, sentence by sentence. Pure and deterministic; linear in the draft's length.</summary>
public static class ToneReviewer
{
    /// <summary>Reviews <paramref name="draft"/>; when <paramref name="kind"/> is null the kind is guessed.</summary>
    public static ToneReview Review(string draft, DraftKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var text = DraftText.Prepare(draft);
        var elements = ElementDetector.Present(text);
        var reviewedKind = kind ?? KindGuesser.Guess(text);

        var findings = new List<ToneFinding>();
        foreach (var policy in PhrasingPolicies.All)
        {
            foreach (var hit in PhrasingScorer.Decide(text, policy, elements))
            {
                findings.Add(PhrasingFinding(text, policy, hit));
            }
        }

        findings.Sort((a, b) => a.Start!.Value != b.Start!.Value
            ? a.Start.Value.CompareTo(b.Start.Value)
            : a.Category.CompareTo(b.Category));

        foreach (var check in StructuralChecks.All)
        {
            if (check.Severity.TryGetValue(reviewedKind, out var severity) && !elements.Contains(check.Element))
            {
                findings.Add(new ToneFinding(check.Category, severity, check.Why, SuggestionWriter.ForStructure(text, check)));
            }
        }

        var components = reviewedKind == DraftKind.Apology ? ApologyComponentDetector.Detect(text, elements) : [];
        return new ToneReview(reviewedKind, kind is null, findings, components);
    }

    private static ToneFinding PhrasingFinding(DraftText text, PhrasingPolicy policy, RuleHit hit)
    {
        var (start, length) = ClauseBounds.Around(text.Folded, hit.Sentence, hit.Start, hit.Length);
        return new ToneFinding(
            policy.Category,
            hit.Rule.Severity,
            policy.Why,
            SuggestionWriter.ForPhrasing(text, hit, (start, length), policy.Fallback),
            hit.Sentence.Number,
            start,
            length,
            text.Original.Substring(start, length),
            hit.Rule.Name);
    }
}
