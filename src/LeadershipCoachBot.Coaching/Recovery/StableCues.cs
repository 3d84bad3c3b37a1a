using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>
/// Whether the leader's words say the incident is stable or resolved ("we're stable now", "it's
/// resolved", "all clear"), and not that it is not ("not stable yet", "isn't resolved"). Pure.
/// </summary>
public static partial class StableCues
{
    public static bool SaysStable(string? text) =>
        text is not null && Stable().IsMatch(text) && !NotStable().IsMatch(text);

    [GeneratedRegex(@"\b(?:stable|stabili[sz]ed|resolved|all\s+clear|recovered|fully\s+back|back\s+to\s+normal|it'?s\s+over|incident\s+(?:is\s+)?(?:over|closed))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stable();

    [GeneratedRegex(@"\b(?:not|\w+n't|no\s+longer|yet\s+to|once|until|when|if|before)\s+(?:yet\s+|fully\s+|really\s+|quite\s+|been\s+|we\s+are\s+|we're\s+|it\s+is\s+|it's\s+|is\s+|are\s+)*(?:stable|stabili[sz]ed|resolved|all\s+clear|recovered|fully\s+back|back\s+to\s+normal|over|closed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotStable();
}
