using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>
/// Finds quoted and reported speech in a folded draft: text between double quotes on one line that reads as words
/// someone said (at least <see cref="MinWords"/> words), and what others are reported to have said or called it
/// ("some have called it a blip; it was not"), up to the end of that clause. Shorter quoted phrases are scare quotes,
/// the writer's own words, and stay open to review. Phrasing traps inside quoted or reported speech are someone
/// else's words, so they are not judged or rewritten.
/// </summary>
internal static partial class Quotations
{
    public const int MinWords = 4;

    /// <summary>The quoted spans, as (start, end) offsets of the text between the marks, in order.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string folded)
    {
        List<(int, int)>? spans = null;
        var open = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == '\n')
            {
                open = -1;
            }
            else if (c == '"')
            {
                if (open < 0)
                {
                    open = i + 1;
                }
                else
                {
                    if (Words(folded, open, i) >= MinWords)
                    {
                        (spans ??= []).Add((open, i));
                    }

                    open = -1;
                }
            }
        }

        foreach (Match match in ReportedSpeech().Matches(folded))
        {
            var words = match.Groups["words"];
            if (words.Length > 0)
            {
                (spans ??= []).Add((words.Index, words.Index + words.Length));
            }
        }

        spans?.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return spans ?? (IReadOnlyList<(int, int)>)[];
    }

    /// <summary>Whether [start, start + length) lies wholly inside one of <paramref name="spans"/>.</summary>
    public static bool Contains(IReadOnlyList<(int Start, int End)> spans, int start, int length)
    {
        foreach (var (s, e) in spans)
        {
            if (start >= s && start + length <= e)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [start, start + length) overlaps any of <paramref name="spans"/>.</summary>
    public static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int length)
    {
        foreach (var (s, e) in spans)
        {
            if (start < e && start + length > s)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Others, not the writer, said or called something: the words after the verb, to the end of the clause.</summary>
    [GeneratedRegex(@"\b(?:some(?:\s+people)?|people|others|critics|commentators|the\s+press|reports|headlines)\s+(?:have\s+|had\s+)?(?:said|say|says|saying|claimed|claim|claiming|called|call|calling|described|describe|suggested|suggest)\s+(?<words>[^;:.!?\n]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReportedSpeech();

    private static int Words(string text, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
