using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// A line the leader typed in chat, tidied to be reused in a message they send: leading chat fillers
/// ("ok so", "um") dropped, a lone "i" written "I", each sentence starting with a capital letter and
/// the whole ending in a full stop. The words themselves are kept. Pure and deterministic.
/// </summary>
public static partial class LeaderText
{
    public static string Tidy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var unfilled = LeadingFiller().Replace(trimmed, string.Empty, 1).TrimStart();
        var kept = unfilled.Length == 0 ? trimmed : unfilled;
        if (kept.Length == 0)
        {
            return kept;
        }

        var capitalised = LeaderWording.CapitaliseSentences(LoneI().Replace(kept, "I"));
        return capitalised[^1] is '.' or '!' or '?' or '\u2026' ? capitalised : capitalised + ".";
    }

    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|so(?!\s+(?:far|much|many|few|long|little)\b)|um+|uh+|erm+|hmm+|yeah|anyway|basically)\b[\s,.\u2026-]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"(?<![\w'\u2019.-])i(?![\w-]|\.\w)")]
    private static partial Regex LoneI();
}
