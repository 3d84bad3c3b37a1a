using LeadershipCoachBot.Coaching.ToneReview.Rules;
using LeadershipCoachBot.Coaching.ToneReview.Text;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>
/// Decides one phrasing category: adds up the weights of the distinct rules that matched (per sentence or over
/// the draft, as the policy says) and, when the total reaches the threshold, reports the strongest match per sentence.
/// </summary>
internal static class PhrasingScorer
{
    private const int MaxFindingsPerCategory = 20;

    public static IReadOnlyList<RuleHit> Decide(DraftText text, PhrasingPolicy policy, IReadOnlySet<DraftElement> elements)
    {
        var bySentence = new List<List<RuleHit>>();
        foreach (var sentence in text.Sentences)
        {
            var hits = new List<RuleHit>();
            foreach (var rule in policy.Rules)
            {
                if (RuleMatcher.FirstHit(rule, text, sentence, elements) is { } hit)
                {
                    hits.Add(hit);
                }
            }

            if (hits.Count > 0)
            {
                bySentence.Add(hits);
            }
        }

        if (policy.PerSentence)
        {
            return bySentence.Where(h => Fires(h, policy.Threshold)).Select(Strongest).Take(MaxFindingsPerCategory).ToList();
        }

        var all = bySentence.SelectMany(h => h).ToList();
        if (!Fires(all, policy.Threshold))
        {
            return [];
        }

        return bySentence.Where(h => h.Any(IsQuotable)).Select(Strongest).Take(MaxFindingsPerCategory).ToList();
    }

    private static bool Fires(List<RuleHit> hits, int threshold)
    {
        var total = hits.GroupBy(h => h.Rule.Name, StringComparer.Ordinal).Sum(g => g.First().Rule.Weight);
        return total >= threshold && hits.Any(IsQuotable);
    }

    private static bool IsQuotable(RuleHit hit) => hit.Rule.Anchor && hit.Rule.Weight > 0;

    private static RuleHit Strongest(List<RuleHit> hits) =>
        hits.Where(IsQuotable).OrderByDescending(h => h.Rule.Weight).ThenBy(h => h.Start).First();
}
