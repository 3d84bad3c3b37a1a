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
        var bySentence = HitsBySentence(text, policy, elements);
        if (bySentence is null)
        {
            return [];
        }

        var decided = new List<RuleHit>();
        if (policy.PerSentence)
        {
            foreach (var hits in bySentence)
            {
                if (hits is not null && Total(hits, seen: null) >= policy.Threshold && Strongest(hits) is { } strongest)
                {
                    decided.Add(strongest);
                    if (decided.Count == MaxFindingsPerCategory)
                    {
                        break;
                    }
                }
            }

            return decided;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var hits in bySentence)
        {
            if (hits is not null)
            {
                total += Total(hits, seen);
                if (Strongest(hits) is { } strongest && decided.Count < MaxFindingsPerCategory)
                {
                    decided.Add(strongest);
                }
            }
        }

        return total >= policy.Threshold ? decided : [];
    }

    /// <summary>Each sentence's hits in rule order (null where none), or null when no rule hit anywhere.</summary>
    private static List<RuleHit>?[]? HitsBySentence(DraftText text, PhrasingPolicy policy, IReadOnlySet<DraftElement> elements)
    {
        List<RuleHit>?[]? bySentence = null;
        var sentences = text.Sentences;
        foreach (var rule in policy.Rules)
        {
            if (!RuleMatcher.Admits(rule, elements))
            {
                continue;
            }

            var compiled = RuleMatcher.Compile(rule);
            for (var i = RuleMatcher.NextCandidate(compiled, text, 0); i >= 0; i = RuleMatcher.NextCandidate(compiled, text, i + 1))
            {
                if (RuleMatcher.FirstHit(compiled, text, sentences[i]) is { } hit)
                {
                    bySentence ??= new List<RuleHit>?[sentences.Count];
                    (bySentence[i] ??= []).Add(hit);
                }
            }
        }

        return bySentence;
    }

    /// <summary>The summed weight of the distinct rule names among <paramref name="hits"/> not already in <paramref name="seen"/>.</summary>
    private static int Total(List<RuleHit> hits, HashSet<string>? seen)
    {
        var total = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var name = hits[i].Rule.Name;
            var first = seen is null ? IsFirstOfName(hits, i) : seen.Add(name);
            if (first)
            {
                total += hits[i].Rule.Weight;
            }
        }

        return total;
    }

    private static bool IsFirstOfName(List<RuleHit> hits, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(hits[j].Rule.Name, hits[index].Rule.Name, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsQuotable(RuleHit hit) => hit.Rule.Anchor && hit.Rule.Weight > 0;

    /// <summary>The quotable hit with the highest weight, the earliest among equals; null when none is quotable.</summary>
    private static RuleHit? Strongest(List<RuleHit> hits)
    {
        RuleHit? best = null;
        foreach (var hit in hits)
        {
            if (IsQuotable(hit)
                && (best is null || hit.Rule.Weight > best.Rule.Weight || (hit.Rule.Weight == best.Rule.Weight && hit.Start < best.Start)))
            {
                best = hit;
            }
        }

        return best;
    }
}
