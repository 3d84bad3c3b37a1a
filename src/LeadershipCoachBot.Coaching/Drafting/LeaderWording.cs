using System.Text;
using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// What the leader's own "what happened" line already says: whether it owns the call ("my call",
/// "that was my decision", "on me"), and whether it names their decision at all or only the symptom.
/// </summary>
internal static partial class LeaderWording
{
    /// <summary>The line already takes ownership, so the draft must not say it a second time.</summary>
    public static bool OwnsIt(string line) => Ownership().IsMatch(line);

    /// <summary>The line speaks of the leader's own act (I approved, I pushed, my call), not only of a symptom.</summary>
    public static bool NamesOwnDecision(string line) => OwnsIt(line) || FirstPerson().IsMatch(line);

    /// <summary>The leader says the change is already rolled back or switched off ("we rolled back at 10:05"), so the draft says it as done.</summary>
    public static bool SaysRolledBack(params string?[] lines) => lines.Any(l => l is not null && RolledBack().IsMatch(l) && !NotYet().IsMatch(l));

    /// <summary>Each sentence starts with a capital letter: the first, and any after ". ", "! " or "? ".</summary>
    public static string CapitaliseSentences(string text)
    {
        var builder = new StringBuilder(text);
        var start = true;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (start && char.IsLetter(c))
            {
                builder[i] = char.ToUpperInvariant(c);
                start = false;
            }
            else if (start && !char.IsWhiteSpace(c))
            {
                start = false;
            }

            if (c is '.' or '!' or '?' && i + 1 < builder.Length && char.IsWhiteSpace(builder[i + 1]))
            {
                start = true;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\b(?:my\s+(?:own\s+)?(?:call|decision|fault|mistake|responsibility)|(?:was|is)\s+(?:all\s+)?mine|i\s+own\s+(?:this|it|that)|on\s+me\b|i\s+take\s+(?:full\s+)?responsibility|i\s+am\s+responsible|i'm\s+responsible)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ownership();

    [GeneratedRegex(@"\b(?:rolled\s+(?:[\w'-]+\s+){0,3}?back|reverted|switched\s+(?:[\w'-]+\s+){0,3}?off|turned\s+(?:[\w'-]+\s+){0,3}?off|rollback\s+(?:is\s+)?(?:done|complete|finished))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RolledBack();

    [GeneratedRegex(@"\b(?:not|\w+n't|yet\s+to|about\s+to|should\s+(?:have|we)|if\s+we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotYet();

    [GeneratedRegex(@"\b(?:I|I'm|I've|I'd|my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();
}
