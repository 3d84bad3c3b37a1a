using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Coaching.ToneReview.Engine;

/// <summary>
/// One pattern behind its literal prefilter, run by one of two .NET regex engines:
/// <list type="bullet">
/// <item>the non-backtracking engine: linear in its input, and the reference for the spans and groups a finding
/// reports; but costly to build (several milliseconds a pattern) and keeping a cache of automaton states that grows
/// with the text it reads;</item>
/// <item>the backtracking interpreter: built in a fraction of a millisecond and small; slow on big alternations,
/// and open to super-linear backtracking on long input.</item>
/// </list>
/// Whether a match exists never depends on the engine, and the spans do not either unless the pattern has a lazy
/// loop (<see cref="LazyLoops"/>; there the engines may pick different ends). So the interpreter answers for input
/// up to <see cref="InterpretedReach"/> characters, spans included when the pattern has no lazy loop, until it
/// is slow on this pattern call after call; from then on, and for longer input, the linear engine answers. A review in a fresh
/// process builds few linear regexes, and a busy one moves only its expensive patterns to the linear engine. Both
/// are built on first need, once, safely across threads. Tests hold every pattern to the same answers on both.
/// </summary>
internal sealed class FilteredRegex
{
    /// <summary>The longest input the interpreter is given; longer input goes to the linear engine.</summary>
    public const int InterpretedReach = 1_000;

    /// <summary>Calls on input shorter than this say little about speed (the call itself dominates) and are not judged.</summary>
    private const int JudgedLength = 32;

    /// <summary>How many judged calls in a row must be slow before the pattern moves to the linear engine.</summary>
    private const int SlowCallsToPromote = 8;

    /// <summary>A judged call is slow past this many timestamp ticks per character (100 ns).</summary>
    private static readonly double SlowTicksPerCharacter = Stopwatch.Frequency * 100e-9;

    private readonly Lazy<Regex> _interpreted;
    private readonly Lazy<Regex> _linear;
    private int _slowCallsInARow;
    private volatile bool _promoted;

    public FilteredRegex(string pattern, bool caseSensitive)
    {
        Pattern = pattern;
        Prefilter = LiteralPrefilter.For(pattern);
        InterpreterGivesSpans = !LazyLoops.In(pattern);
        _interpreted = new Lazy<Regex>(() => Build(pattern, caseSensitive, linear: false), LazyThreadSafetyMode.ExecutionAndPublication);
        _linear = new Lazy<Regex>(() => Build(pattern, caseSensitive, linear: true), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Pattern { get; }

    public LiteralPrefilter? Prefilter { get; }

    /// <summary>Whether the interpreter reports the same spans as the linear engine (the pattern has no lazy loop).</summary>
    public bool InterpreterGivesSpans { get; }

    /// <summary>A regex whose matches (spans and groups) are the pattern's, for input up to <see cref="InterpretedReach"/>.</summary>
    public Regex Regex => SpanEngine(0);

    /// <summary>Whether the interpreter proved slow on this pattern, so the linear engine answers everything.</summary>
    public bool Promoted => _promoted;

    /// <summary>False when the prefilter rules a match out in the text whose case key is <paramref name="key"/>.</summary>
    public bool MayMatch(ReadOnlySpan<char> key) => Prefilter is null || Prefilter.MayMatch(key);

    /// <summary>Whether the pattern matches <paramref name="text"/>; <paramref name="key"/> is its case key.</summary>
    public bool IsMatch(ReadOnlySpan<char> text, ReadOnlySpan<char> key) => MayMatch(key) && Exists(text);

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
        Judge(Stopwatch.GetTimestamp() - started, text.Length);
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

    /// <summary>Judges one interpreter call that took <paramref name="ticks"/> on <paramref name="characters"/> characters.</summary>
    public void Charge(long ticks, int characters)
    {
        if (ticks > 0)
        {
            Judge(ticks, characters);
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
    /// Judges one interpreter call and moves the pattern to the linear engine after a run of slow ones. A run, not
    /// a total: a thread paused mid-call (by the scheduler or a collection) makes one call look slow, never eight in
    /// a row, while a pattern the interpreter is really slow on (or input that makes it backtrack) is slow every time.
    /// </summary>
    private void Judge(long ticks, int characters)
    {
        if (characters < JudgedLength)
        {
            return;
        }

        if (ticks <= characters * SlowTicksPerCharacter)
        {
            Volatile.Write(ref _slowCallsInARow, 0);
        }
        else if (Interlocked.Increment(ref _slowCallsInARow) >= SlowCallsToPromote)
        {
            _promoted = true;
        }
    }
}
