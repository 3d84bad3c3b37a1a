using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>
/// Reads a draft's voice from its pronouns outside quoted speech: any "I", "me" or "my" makes it singular; otherwise
/// "we", "us" or "our" makes it plural; otherwise it speaks as the organisation.
/// </summary>
internal static partial class VoiceReader
{
    public static DraftVoice Of(DraftText text)
    {
        var folded = text.Folded;
        var quotes = text.Quotations;
        if (Any(SingularWord(), folded, quotes))
        {
            return DraftVoice.Singular;
        }

        return Any(PluralWord(), folded, quotes) ? DraftVoice.Plural : DraftVoice.Company;
    }

    private static bool Any(Regex regex, string folded, IReadOnlyList<(int Start, int End)> quotes)
    {
        foreach (var match in regex.EnumerateMatches(folded))
        {
            if (!Quotations.Contains(quotes, match.Index, match.Length))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:I|I'm|I've|I'll|I'd|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SingularWord();

    [GeneratedRegex(@"\b(?:we|we're|we've|we'll|we'd|us|our|ours|ourselves)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PluralWord();
}
