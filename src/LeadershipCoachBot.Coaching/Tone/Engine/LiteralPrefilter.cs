using System.Buffers;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Literal text that every match of a pattern contains, searched for in the case key before the regex runs:
/// when none of it is there the regex cannot match, so it is not run (nor, the first time, built).
/// </summary>
internal sealed class LiteralPrefilter
{
    private readonly SearchValues<string> _needles;

    private LiteralPrefilter(IReadOnlyCollection<string> needles)
    {
        string[] sorted = [.. needles.Order(StringComparer.Ordinal)];
        Needles = sorted;
        _needles = SearchValues.Create(sorted, StringComparison.Ordinal);
    }

    public IReadOnlyList<string> Needles { get; }

    /// <summary>The prefilter for <paramref name="pattern"/>, or null when its matches need no fixed text.</summary>
    public static LiteralPrefilter? For(string pattern) =>
        PatternLiterals.Required(pattern) is { Count: > 0 } needles ? new LiteralPrefilter(needles) : null;

    /// <summary>False only when no match is possible in the text whose case key is <paramref name="key"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> key) => key.ContainsAny(_needles);

    /// <summary>Where the first of the literals starts in <paramref name="key"/>, or -1 when none is there.</summary>
    public int IndexIn(ReadOnlySpan<char> key) => key.IndexOfAny(_needles);
}
