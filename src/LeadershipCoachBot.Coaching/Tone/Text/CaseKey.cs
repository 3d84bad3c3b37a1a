namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>
/// Folds text to the form the literal prefilters search: ASCII letters lower-cased, and the one other character
/// that case-insensitive invariant matching treats as an ASCII letter (the Kelvin sign, as <c>k</c>).
/// One character for one, so offsets carry over. Any two characters a case-insensitive rule treats as equal
/// fold to the same key.
/// </summary>
internal static class CaseKey
{
    private const char KelvinSign = '\u212A';

    public static char Of(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c | 0x20),
        KelvinSign => 'k',
        _ => c,
    };

    public static string Of(string text) => string.Create(text.Length, text, static (chars, source) => Write(source, chars));

    /// <summary>Writes the case key of <paramref name="text"/> to the start of <paramref name="destination"/>.</summary>
    public static void Write(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Of(text[i]);
        }
    }
}
