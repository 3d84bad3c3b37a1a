using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Which elements (ownership, learning, next steps, impact, uncertainty, next update) a draft carries.</summary>
internal static class ElementDetector
{
    public static IReadOnlySet<DraftElement> Present(DraftText text)
    {
        var present = new HashSet<DraftElement>();
        foreach (var element in Enum.GetValues<DraftElement>())
        {
            if (Carries(text, element))
            {
                present.Add(element);
            }
        }

        return present;
    }

    public static RuleHit? FirstCue(DraftText text, DraftElement element)
    {
        foreach (var sentence in text.Sentences)
        {
            foreach (var rule in ElementCues.For(element))
            {
                if (RuleMatcher.FirstHit(rule, text, sentence, elements: null) is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    /// <summary>Whether any cue for <paramref name="element"/> hits any sentence (looking only where its literals occur).</summary>
    private static bool Carries(DraftText text, DraftElement element)
    {
        foreach (var rule in ElementCues.For(element))
        {
            var compiled = RuleMatcher.Compile(rule);
            for (var i = RuleMatcher.NextCandidate(compiled, text, 0); i >= 0; i = RuleMatcher.NextCandidate(compiled, text, i + 1))
            {
                if (RuleMatcher.FirstHit(compiled, text, text.Sentences[i]) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
