using System.Diagnostics;
using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// One pattern behind its literal prefilter, run by one of two .NET regex engines:
/// <list type="bullet">
/// <item>the non-backtracking engine: linear in its input, and the reference for the spans and groups a finding
/// reports; but costly to build (several milliseconds a pattern) and large (from a few hundred kilobytes to over a
/// megabyte each, once built);</item>
/// <item>the backtracking interpreter: built in a fraction of a millisecond and small; slow on big alternations,
/// and open to super-linear backtracking on long input.</item>
/// </list>
/// Whether a match exists never depends on the engine, and the spans do not either unless the pattern has a lazy
/// loop (<see cref="LazyLoops"/>; there the engines may pick different ends). So the interpreter answers for input
/// up to <see cref="InterpretedReach"/> characters, spans included when the pattern has no lazy loop, until the
/// pattern has cost it <see cref="PromoteAfter"/>; from then on (for at most <see cref="MostPromoted"/> patterns),
/// and for longer input, the linear engine answers. A review in a fresh process builds few linear regexes, and a
/// busy one moves only its most expensive patterns to the linear engine. Both
/// are built on first need, once, safely across threads. Tests hold every pattern to the same answers on both.
/// </summary>
internal sealed class FilteredRegex
{
    /// <summary>The longest input the interpreter is given; longer input goes to the linear engine.</summary>
    public const int InterpretedReach = 1_000;

    /// <summary>
    /// At most this many patterns move to the linear engine for all input: each linear regex holds from a few hundred
    /// kilobytes to over a megabyte, so the number is what bounds the memory the move costs.
    /// </summary>
    public const int MostPromoted = 6;

    /// <summary>Interpreting time after which a pattern moves to the linear engine, while fewer than <see cref="MostPromoted"/> have.</summary>
    private static readonly long PromoteAfter = Stopwatch.Frequency / 50;

    private static int s_promotions;

    private readonly Lazy<Regex> _interpreted;
    private readonly Lazy<Regex> _linear;
    private long _interpretedTicks;
    private volatile bool _promoted;

    public FilteredRegex(string pattern, bool caseSensitive)
    {
        Pattern = pattern;
        AnchoredAtStart = AnchorsAtStart(pattern);
        Prefilter = LiteralPrefilter.For(pattern);
        InterpreterGivesSpans = !LazyLoops.In(pattern);
        _interpreted = new Lazy<Regex>(() => Build(pattern, caseSensitive, linear: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _linear = new Lazy<Regex>(() => Build(pattern, caseSensitive, linear: true), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Pattern { get; }

    /// <summary>Whether the pattern anchors (any part of) itself at the start of its input: it reads a draft's opening.</summary>
    public bool AnchoredAtStart { get; }

    public LiteralPrefilter? Prefilter { get; }

    /// <summary>Whether the interpreter reports the same spans as the linear engine (the pattern has no lazy loop).</summary>
    public bool InterpreterGivesSpans { get; }

    /// <summary>A regex whose matches (spans and groups) are the pattern's, for input up to <see cref="InterpretedReach"/>.</summary>
    public Regex Regex => SpanEngine(0);

    /// <summary>Whether the linear engine has been built for this pattern (the costly one to hold).</summary>
    public bool LinearBuilt => _linear.IsValueCreated;

    /// <summary>Whether the interpreter proved slow on this pattern, so the linear engine answers everything.</summary>
    public bool Promoted => _promoted;

    /// <summary>False when the prefilter rules a match out in the text whose case key is <paramref name="key"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> key) => Prefilter is null || Prefilter.MayMatch(key);

    /// <summary>Whether the pattern matches <paramref name="text"/>; <paramref name="key"/> is its case key.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> key) => MayMatch(key) && Exists(text);

    /// <summary>
    /// Whether the pattern matches in a whole draft, for cues that read words anywhere in it. A pattern anchored at the
    /// start reads the draft's opening: its first <see cref="InterpretedReach"/> characters, cut at a space. Any other
    /// reads it sentence by sentence, where its words lie; either way the input stays short, so a long draft builds no
    /// linear regex for a cue.
    /// </summary>
    public bool MatchesDraft(DraftText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (AnchoredAtStart)
        {
            var opening = Opening(text.Folded);
            return IsMatch(text.Folded.AsSpan(0, opening), text.Key[..opening]);
        }

        if (!MayMatch(text.Key))
        {
            return false;
        }

        foreach (var sentence in text.Sentences)
        {
            if (IsMatch(text.Span(sentence), text.KeySpan(sentence)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="pattern"/> holds a start anchor: a <c>^</c> that negates no class and is not escaped.</summary>
    private static bool AnchorsAtStart(string pattern)
    {
        for (var i = pattern.IndexOf('^', StringComparison.Ordinal); i >= 0; i = pattern.IndexOf('^', i + 1))
        {
            if (i == 0 || pattern[i - 1] is not ('[' or '\\'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of a draft's opening: all of it up to <see cref="InterpretedReach"/>, else cut at the last space within reach.</summary>
    internal static int Opening(string folded)
    {
        if (folded.Length <= InterpretedReach)
        {
            return folded.Length;
        }

        var space = folded.AsSpan(0, InterpretedReach + 1).LastIndexOfAny(' ', '\n');
        return space > 0 ? space : InterpretedReach;
    }

    /// <summary>Whether the pattern matches somewhere in <paramref name="text"/> (the same answer from either engine).</summary>
    public bool Exists(ReadOnlySpan<char> text)
    {
        if (_promoted || text.Length > InterpretedReach)
        {
            return _linear.Value.IsMatch(text);
        }

        var interpreter = _interpreted.Value;
        var started = Stopwatch.GetTimestamp();
        var found = interpreter.IsMatch(text);
        Judge(Stopwatch.GetTimestamp() - started);
        return found;
    }

    /// <summary>The regex whose spans count for input of <paramref name="length"/> characters.</summary>
    public Regex SpanEngine(int length) =>
        InterpreterGivesSpans && !_promoted && length <= InterpretedReach ? _interpreted.Value : _linear.Value;

    /// <summary>
    /// Moves <paramref name="matches"/> (from <paramref name="engine"/>) on, adding the time it took to
    /// <paramref name="ticks"/> when the interpreter ran, for <see cref="Charge"/>.
    /// </summary>
    public bool NextMatch(Regex engine, ref Regex.ValueMatchEnumerator matches, ref long ticks)
    {
        if (!ReferenceEquals(engine, _interpreted.IsValueCreated ? _interpreted.Value : null))
        {
            return matches.MoveNext();
        }

        var started = Stopwatch.GetTimestamp();
        var more = matches.MoveNext();
        ticks += Stopwatch.GetTimestamp() - started;
        return more;
    }

    /// <summary>Counts <paramref name="ticks"/> of interpreter time (from <see cref="NextMatch"/>) against this pattern.</summary>
    public void Charge(long ticks)
    {
        if (ticks > 0)
        {
            Judge(ticks);
        }
    }

    public static Regex Build(string pattern, bool caseSensitive, bool linear)
    {
        var options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        if (linear)
        {
            options |= RegexOptions.NonBacktracking;
        }

        if (!caseSensitive)
        {
            options |= RegexOptions.IgnoreCase;
        }

        return new Regex(pattern, options);
    }

    public static FilteredRegex? Optional(string? pattern, bool caseSensitive) =>
        pattern is null ? null : new FilteredRegex(pattern, caseSensitive);

    /// <summary>
    /// Adds one interpreter call's time to the pattern's total and moves the pattern to the linear engine once the
    /// total passes <see cref="PromoteAfter"/>, as long as fewer than <see cref="MostPromoted"/> patterns have moved.
    /// The patterns that get there first are the ones the review spends most interpreting time on (big alternations,
    /// or input that makes the interpreter backtrack); a busy machine slows every pattern alike, so it changes when
    /// they get there, not which ones do.
    /// </summary>
    private void Judge(long ticks)
    {
        if (Interlocked.Add(ref _interpretedTicks, ticks) > PromoteAfter
            && Volatile.Read(ref s_promotions) < MostPromoted
            && Interlocked.Increment(ref s_promotions) <= MostPromoted)
        {
            _promoted = true;
        }
    }
}
