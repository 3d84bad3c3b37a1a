using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Finds the clause around a match, so a finding quotes readable words rather than a bare keyword.</summary>
internal static class ClauseBounds
{
    private const int Reach = 160;

    public static bool IsDelimiter(ReadOnlySpan<char> text, int i) => text[i] switch
    {
        ';' or '(' or ')' or '\u2014' or '\u2013' or '\n' => true,
        ',' or ':' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    /// <summary>The clause holding [start, start + length) inside the sentence, trimmed, as draft offsets.</summary>
    public static (int Start, int Length) Around(string folded, DraftSentence sentence, int start, int length)
    {
        var sentenceSpan = folded.AsSpan(sentence.Start, sentence.Length);
        var relStart = start - sentence.Start;
        var relEnd = relStart + length;

        var left = relStart;
        while (left > 0 && relStart - left < Reach && !IsDelimiter(sentenceSpan, left - 1))
        {
            left--;
        }

        if (left > 0 && !IsDelimiter(sentenceSpan, left - 1))
        {
            left = relStart;
        }

        while (left < relStart && char.IsWhiteSpace(sentenceSpan[left]))
        {
            left++;
        }

        var right = relEnd;
        while (right < sentenceSpan.Length && right - relEnd < Reach && !IsDelimiter(sentenceSpan, right))
        {
            right++;
        }

        if (right < sentenceSpan.Length && !IsDelimiter(sentenceSpan, right))
        {
            right = relEnd;
        }

        while (right > relEnd && (char.IsWhiteSpace(sentenceSpan[right - 1]) || sentenceSpan[right - 1] is '.' or '!' or '?' or '"' or '\u2026'))
        {
            right--;
        }

        return (sentence.Start + left, right - left);
    }
}
