using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>
/// One pattern as a non-backtracking regex behind its literal prefilter. The regex is built on first need
/// (building one takes milliseconds), once, safely across threads.
/// </summary>
internal sealed class FilteredRegex
{
    private readonly Lazy<Regex> _regex;

    public FilteredRegex(string pattern, bool caseSensitive)
    {
        Pattern = pattern;
        Prefilter = LiteralPrefilter.For(pattern);
        _regex = new Lazy<Regex>(() => CompiledRule.Build(pattern, caseSensitive), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Pattern { get; }

    public LiteralPrefilter? Prefilter { get; }

    public Regex Regex => _regex.Value;

    /// <summary>False when the prefilter rules a match out in the text whose case key is <paramref name="key"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> key) => Prefilter is null || Prefilter.MayMatch(key);

    /// <summary>Whether the pattern matches <paramref name="text"/>; <paramref name="key"/> is its case key.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> key) => MayMatch(key) && Regex.IsMatch(text);

    public static FilteredRegex? Optional(string? pattern, bool caseSensitive) =>
        pattern is null ? null : new FilteredRegex(pattern, caseSensitive);
}
