using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Tells the sentences that carry content from the frame around them: a greeting ("Hi all,"), a sign-off
/// ("Best regards,") or a name or title line ("Dana Reyes, Head of Platform") says nothing to review.
/// </summary>
internal static partial class ContentReader
{
    public static bool HasContent(DraftText text) =>
        text.Sentences.Any(s => IsContent(text.Folded.AsSpan(s.Start, s.Length).ToString()));

    /// <summary>Where a trailing block of sign-off and name lines begins in <paramref name="text"/>; its length when there is none.</summary>
    public static int SignOffStart(string text)
    {
        using var prepared = DraftText.Prepare(text);
        var start = text.Length;
        for (var i = prepared.Sentences.Count - 1; i >= 0; i--)
        {
            var sentence = prepared.Sentences[i];
            var words = prepared.Folded.Substring(sentence.Start, sentence.Length);
            if (IsContent(words) || !(SignOff().IsMatch(words) || IsNameLine(words)))
            {
                break;
            }

            start = sentence.Start;
        }

        return start;
    }

    public static bool IsContent(string sentence)
    {
        var words = Word().Count(sentence);
        return words >= 1 && !Greeting().IsMatch(sentence) && !SignOff().IsMatch(sentence) && !IsNameLine(sentence);
    }

    /// <summary>A line of capitalised words with no sentence end: a name, a title, a company.</summary>
    private static bool IsNameLine(string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' || trimmed.Any(char.IsDigit))
        {
            return false;
        }

        var words = Word().Matches(trimmed).Select(m => m.Value).ToList();
        return words.Count <= 7 && words.All(w => char.IsUpper(w[0]) || Connector().IsMatch(w));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:and|of|the|for|at|to|&|via)$", RegexOptions.CultureInvariant)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^\W*(?:hi|hello|hey|dear|morning|afternoon|evening|good\s+(?:morning|afternoon|evening)|greetings|to)\b[^.!?:;,]{0,60}[,.!:]?\s*$|^\W*@\w+\W*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^\W*(?:thanks|thank\s+you|many\s+thanks|best|regards|kind\s+regards|best\s+regards|warm\s+regards|cheers|sincerely|yours(?:\s+\w+)?|all\s+the\s+best|talk\s+soon|take\s+care|have\s+a\s+good\s+(?:day|weekend|evening))\b[^.!?]{0,40}[,.!]?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();
}
