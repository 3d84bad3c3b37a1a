namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>
/// Splits a draft into sentences in one linear pass. Lines are sentences of their own unless a line wraps
/// into a lowercase continuation; bullets, numbers and heading marks are left out of the sentence;
/// abbreviations, decimals, versions, times and URLs do not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private const int LongestAbbreviation = 8;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "eg", "ie", "approx", "vs", "cf", "al", "viz", "dr", "mr", "mrs", "ms", "mx", "prof",
        "sr", "jr", "st", "no", "nos", "u.s", "u.k", "e.u", "u.n", "inc", "ltd", "corp", "co", "dept", "est",
        "fig", "min", "max", "ca", "incl", "ref", "ave", "mt", "ft", "gen", "gov", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec",
    };

    public static IReadOnlyList<DraftSentence> Split(string text)
    {
        var sentences = new List<DraftSentence>();
        var open = -1;
        var openEnd = -1;
        var previousLineEnded = true;
        var pos = 0;
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var first = SkipSpaces(text, pos, lineEnd);
            if (first == lineEnd)
            {
                Emit(sentences, text, open, openEnd);
                open = -1;
                previousLineEnded = true;
                pos = lineEnd + 1;
                continue;
            }

            var content = SkipMarker(text, first, lineEnd, out var hadMarker);
            var continues = open >= 0 && !hadMarker && !previousLineEnded && content < lineEnd && char.IsLower(text[content]);
            if (!continues)
            {
                Emit(sentences, text, open, openEnd);
                open = content < lineEnd ? content : -1;
            }

            var i = content;
            while (i < lineEnd)
            {
                if (!IsTerminal(text[i]))
                {
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j < lineEnd && IsTerminal(text[j]))
                {
                    j++;
                }

                while (j < lineEnd && IsCloser(text[j]))
                {
                    j++;
                }

                if (open >= 0 && EndsSentence(text, i, j, lineEnd))
                {
                    Emit(sentences, text, open, j);
                    var next = SkipSpaces(text, j, lineEnd);
                    open = next < lineEnd ? next : -1;
                    j = next;
                }

                i = j;
            }

            if (open >= 0)
            {
                openEnd = lineEnd;
                previousLineEnded = LineEndsClause(text, pos, lineEnd);
            }
            else
            {
                previousLineEnded = true;
            }

            pos = lineEnd + 1;
        }

        Emit(sentences, text, open, openEnd);
        return sentences;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u3002';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '*' or '_';

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipMarker(string text, int i, int end, out bool hadMarker)
    {
        var start = i;
        if (text[i] is '-' or '*' or '+' or '>' or '\u2022' or '\u00B7' or '\u25AA' or '\u2023' or '\u25E6' or '\u2013' or '\u2014' or '#')
        {
            while (i < end && text[i] is '#' or '>')
            {
                i++;
            }

            if (i == start)
            {
                i++;
            }
        }
        else
        {
            var digits = i;
            while (digits < end && digits - i < 3 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }

            var isLetterItem = digits == i && char.IsAsciiLetter(text[i]) && i + 1 < end && text[i + 1] == ')';
            if (digits > i || isLetterItem)
            {
                var mark = isLetterItem ? i + 1 : digits;
                if (mark < end && text[mark] is '.' or ')' && mark + 1 < end && char.IsWhiteSpace(text[mark + 1]))
                {
                    i = mark + 1;
                }
            }
        }

        hadMarker = i > start && (i >= end || char.IsWhiteSpace(text[i]));
        return hadMarker ? SkipSpaces(text, i, end) : start;
    }

    private static bool EndsSentence(string text, int mark, int after, int lineEnd)
    {
        if (after >= lineEnd)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return false;
        }

        var next = SkipSpaces(text, after, lineEnd);
        if (next < lineEnd && char.IsLower(text[next]))
        {
            return false;
        }

        return text[mark] != '.' || after - mark > 1 || !IsAbbreviation(text, mark);
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && period - start < LongestAbbreviation && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, period - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return word.Length > 0 && Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static bool LineEndsClause(string text, int lineStart, int lineEnd)
    {
        var i = lineEnd - 1;
        while (i >= lineStart && (char.IsWhiteSpace(text[i]) || IsCloser(text[i])))
        {
            i--;
        }

        return i < lineStart || IsTerminal(text[i]) || text[i] is ':' or ';';
    }

    private static void Emit(List<DraftSentence> sentences, string text, int start, int end)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var hasWord = false;
        for (var i = start; i < end && !hasWord; i++)
        {
            hasWord = char.IsLetterOrDigit(text[i]);
        }

        if (hasWord)
        {
            sentences.Add(new DraftSentence(sentences.Count + 1, start, end - start));
        }
    }
}
