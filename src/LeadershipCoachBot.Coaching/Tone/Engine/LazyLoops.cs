namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Finds lazy quantifiers (<c>*?</c>, <c>+?</c>, <c>??</c>, <c>{n,m}?</c>) in a pattern. Where a pattern has one,
/// the backtracking and the non-backtracking engines can report different spans for the same text, so only the
/// non-backtracking engine's spans count. Errs towards "present": escapes and character classes are skipped, and
/// any <c>?</c> right after a quantifier is taken as one.
/// </summary>
internal static class LazyLoops
{
    public static bool In(string pattern)
    {
        var afterQuantifier = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '?' && afterQuantifier)
            {
                return true;
            }

            switch (c)
            {
                case '\\':
                    i++;
                    afterQuantifier = false;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    afterQuantifier = false;
                    break;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        i++;
                    }

                    afterQuantifier = false;
                    break;
                default:
                    afterQuantifier = c is '*' or '+' or '?' or '}';
                    break;
            }
        }

        return false;
    }

    /// <summary>The index of the <c>]</c> that closes the class opened at <paramref name="open"/>.</summary>
    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length && pattern[i] != ']'; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
        }

        return i;
    }
}
