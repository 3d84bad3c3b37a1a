using System.Buffers;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Decides one phrasing category: adds up the weights of the distinct rules that matched (per sentence or over
/// the draft, as the policy says) and, when the total reaches the threshold, reports the strongest match per sentence.
/// </summary>
internal static class PhrasingScorer
{
    private const int MaxFindingsPerCategory = 20;

    public static IReadOnlyList<RuleHit> Decide(DraftText text, PhrasingPolicy policy, IReadOnlySet<DraftElement> elements)
    {
        var found = Hits(text, policy, elements);
        if (found is null)
        {
            return [];
        }

        var sentenceCount = text.Sentences.Count;
        var counts = ArrayPool<int>.Shared.Rent((2 * sentenceCount) + 1);
        var ordered = ArrayPool<RuleHit>.Shared.Rent(found.Count);
        try
        {
            var starts = counts.AsSpan(0, sentenceCount + 1);
            OrderBySentence(found, starts, counts.AsSpan(sentenceCount + 1, sentenceCount), ordered);
            return Decide(policy, starts, ordered.AsSpan(0, found.Count));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<RuleHit>.Shared.Return(ordered, clearArray: true);
        }
    }

    /// <summary>Decides from the hits grouped by sentence: sentence i's hits are ordered[starts[i]..starts[i + 1]].</summary>
    private static List<RuleHit> Decide(PhrasingPolicy policy, ReadOnlySpan<int> starts, ReadOnlySpan<RuleHit> ordered)
    {
        var decided = new List<RuleHit>();
        HashSet<string>? seen = policy.PerSentence ? null : new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        for (var i = 0; i + 1 < starts.Length; i++)
        {
            var hits = ordered[starts[i]..starts[i + 1]];
            if (hits.IsEmpty)
            {
                continue;
            }

            if (policy.PerSentence)
            {
                if (Total(hits, seen: null) >= policy.Threshold && Strongest(hits) is { } strongest)
                {
                    decided.Add(strongest);
                    if (decided.Count == MaxFindingsPerCategory)
                    {
                        break;
                    }
                }

                continue;
            }

            total += Total(hits, seen);
            if (Strongest(hits) is { } quotable && decided.Count < MaxFindingsPerCategory)
            {
                decided.Add(quotable);
            }
        }

        return policy.PerSentence || total >= policy.Threshold ? decided : [];
    }

    /// <summary>Every hit of the policy's rules, rule by rule; null when no rule hit anywhere.</summary>
    private static List<RuleHit>? Hits(DraftText text, PhrasingPolicy policy, IReadOnlySet<DraftElement> elements)
    {
        List<RuleHit>? found = null;
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
                if (RuleMatcher.FirstHit(compiled, text, sentences[i], skipQuoted: true) is { } hit)
                {
                    (found ??= []).Add(hit);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A stable counting sort of the hits by sentence, so each sentence's hits stay in rule order: afterwards
    /// sentence i's hits are ordered[starts[i]..starts[i + 1]]. <paramref name="next"/> is scratch space.
    /// </summary>
    private static void OrderBySentence(List<RuleHit> found, Span<int> starts, Span<int> next, Span<RuleHit> ordered)
    {
        starts.Clear();
        foreach (var hit in found)
        {
            starts[hit.Sentence.Number]++;
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        starts[..next.Length].CopyTo(next);
        foreach (var hit in found)
        {
            ordered[next[hit.Sentence.Number - 1]++] = hit;
        }
    }

    /// <summary>The summed weight of the distinct rule names among <paramref name="hits"/> not already in <paramref name="seen"/>.</summary>
    private static int Total(ReadOnlySpan<RuleHit> hits, HashSet<string>? seen)
    {
        var total = 0;
        for (var i = 0; i < hits.Length; i++)
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

    private static bool IsFirstOfName(ReadOnlySpan<RuleHit> hits, int index)
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
    private static RuleHit? Strongest(ReadOnlySpan<RuleHit> hits)
    {
        var best = -1;
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            if (IsQuotable(hit)
                && (best < 0 || hit.Rule.Weight > hits[best].Rule.Weight || (hit.Rule.Weight == hits[best].Rule.Weight && hit.Start < hits[best].Start)))
            {
                best = i;
            }
        }

        return best < 0 ? null : hits[best];
    }
}
