using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Puts a suggestion written in the first person singular into the draft's voice: a company or team statement gets
/// "we" and "our" where the template says "I" and "my", so the line can be pasted without changing who speaks.
/// </summary>
internal static partial class VoiceRewriter
{
    private static readonly Dictionary<string, string> Plural = new(StringComparer.Ordinal)
    {
        ["I'm"] = "we're", ["I am"] = "we are", ["I was"] = "we were", ["I've"] = "we've", ["I'll"] = "we'll",
        ["I'd"] = "we'd", ["I"] = "we", ["me"] = "us", ["my"] = "our", ["mine"] = "ours", ["myself"] = "ourselves",
        ["My"] = "Our", ["Me"] = "Us", ["Mine"] = "Ours",
    };

    public static string Apply(string line, DraftVoice voice)
    {
        if (voice == DraftVoice.Singular)
        {
            return line;
        }

        return SingularWord().Replace(line, m =>
        {
            var plural = Plural[string.Join(' ', m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))];
            return AtSentenceStart(line, m.Index) ? string.Concat(char.ToUpperInvariant(plural[0]).ToString(), plural.AsSpan(1)) : plural;
        });
    }

    private static bool AtSentenceStart(string line, int index)
    {
        var i = index - 1;
        while (i >= 0 && line[i] is ' ' or '"' or '(')
        {
            i--;
        }

        return i < 0 || line[i] is '.' or '!' or '?' or ':' or '\n';
    }

    [GeneratedRegex(@"\b(?:I'm|I\s+am|I\s+was|I've|I'll|I'd|I|[Mm]e|[Mm]y|[Mm]ine|myself)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SingularWord();
}
