using System.Buffers;

namespace LeadershipCoachBot.Coaching.Tone.Text;

/// <summary>
/// A draft prepared for matching: curly quotes and odd spaces folded to plain ones, one character for one,
/// so every offset into the prepared text is the same offset into the original draft.
/// </summary>
internal sealed class DraftText : IDisposable
{
    private char[] _key;

    private IReadOnlyList<(int Start, int End)>? _quotations;

    private DraftText(string original, string folded, IReadOnlyList<DraftSentence> sentences)
    {
        Original = original;
        Folded = folded;
        _key = ArrayPool<char>.Shared.Rent(folded.Length);
        CaseKey.Write(folded, _key);
        Sentences = sentences;
    }

    public string Original { get; }

    public string Folded { get; }

    /// <summary>
    /// The folded text as a case key (see <see cref="CaseKey"/>), for the literal prefilters. Its buffer is pooled:
    /// it goes back to the pool on <see cref="Dispose"/>, after which the key may no longer be read.
    /// </summary>
    public ReadOnlySpan<char> Key => _key.AsSpan(0, Folded.Length);

    public IReadOnlyList<DraftSentence> Sentences { get; }

    /// <summary>Quoted speech in the draft (see <see cref="Text.Quotations"/>), found on first use.</summary>
    public IReadOnlyList<(int Start, int End)> Quotations => _quotations ??= Text.Quotations.Find(Folded);

    public static DraftText Prepare(string draft)
    {
        var folded = Fold(draft);
        return new DraftText(draft, folded, SentenceSplitter.Split(folded));
    }

    public ReadOnlySpan<char> Span(DraftSentence sentence) => Folded.AsSpan(sentence.Start, sentence.Length);

    public ReadOnlySpan<char> KeySpan(DraftSentence sentence) => Key.Slice(sentence.Start, sentence.Length);

    public void Dispose()
    {
        var key = Interlocked.Exchange(ref _key, []);
        if (key.Length > 0)
        {
            ArrayPool<char>.Shared.Return(key);
        }
    }

    private static readonly SearchValues<char> Foldable = SearchValues.Create(
        "\u2018\u2019\u201A\u201B\u2032\u02BC`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u2010\u2011\t\v\f");

    /// <summary>The draft with its foldable characters replaced; the draft itself when it has none.</summary>
    private static string Fold(string draft) => draft.AsSpan().ContainsAny(Foldable) ? FoldAll(draft) : draft;

    private static string FoldAll(string draft) => string.Create(draft.Length, draft, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = source[i] switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' or '\u2002' or '\u2003' => ' ',
                '\u2010' or '\u2011' => '-',
                '\t' or '\v' or '\f' => ' ',
                _ => source[i],
            };
        }
    });
}
