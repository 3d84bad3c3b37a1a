using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>Applies one rule to one sentence: the first match that its guards let through.</summary>
internal static class RuleMatcher
{
    private const int ClauseReach = 200;

    private static readonly ConditionalWeakTable<TextRule, CompiledRule> Compiled = new();

    public static CompiledRule Compile(TextRule rule) => Compiled.GetValue(rule, static r => new CompiledRule(r));

    public static RuleHit? FirstHit(TextRule rule, DraftText text, DraftSentence sentence, IReadOnlySet<DraftElement>? elements) =>
        Admits(rule, elements) ? FirstHit(Compile(rule), text, sentence) : null;

    /// <summary>False when the draft's elements rule the rule out (a required element missing or an excluded one present).</summary>
    public static bool Admits(TextRule rule, IReadOnlySet<DraftElement>? elements) =>
        elements is null
        || !((rule.RequiresElement is { } needed && !elements.Contains(needed))
            || (rule.UnlessElement is { } excluded && elements.Contains(excluded)));

    /// <summary>The first match of an admitted rule in one sentence, or null.</summary>
    public static RuleHit? FirstHit(CompiledRule compiled, DraftText text, DraftSentence sentence, bool skipQuoted = false)
    {
        var key = text.KeySpan(sentence);
        if (!compiled.Main.MayMatch(key))
        {
            return null;
        }

        var span = text.Span(sentence);
        var main = compiled.Main;
        if (!main.Promoted && !main.InterpreterGivesSpans && !main.Exists(span))
        {
            return null;
        }

        var engine = main.SpanEngine(span.Length);
        var matches = engine.EnumerateMatches(span);
        long ticks = 0;
        try
        {
            return FirstAllowed(compiled, text, sentence, skipQuoted, span, key, engine, ref matches, ref ticks);
        }
        finally
        {
            main.Charge(ticks);
        }
    }

    private static RuleHit? FirstAllowed(
        CompiledRule compiled, DraftText text, DraftSentence sentence, bool skipQuoted, ReadOnlySpan<char> span, ReadOnlySpan<char> key, Regex engine, ref Regex.ValueMatchEnumerator matches, ref long ticks)
    {
        bool? sentenceAllowed = null;
        while (compiled.Main.NextMatch(engine, ref matches, ref ticks))
        {
            var match = matches.Current;
            if (match.Length == 0)
            {
                continue;
            }

            sentenceAllowed ??= SentenceAllows(compiled, span, key);
            if (!sentenceAllowed.Value)
            {
                return null;
            }

            if (skipQuoted && Quotations.Contains(text.Quotations, sentence.Start + match.Index, match.Length))
            {
                continue;
            }

            var clause = ClauseStart(span, match.Index);
            if (compiled.UnlessMatch?.IsMatch(span.Slice(match.Index, match.Length), key.Slice(match.Index, match.Length)) == true
                || compiled.UnlessBefore?.IsMatch(span[clause..match.Index], key[clause..match.Index]) == true)
            {
                continue;
            }

            return new RuleHit(compiled.Rule, sentence, sentence.Start + match.Index, match.Length);
        }

        return null;
    }

    /// <summary>
    /// The index of the first sentence from <paramref name="from"/> on that may hold a match of the rule: sentences
    /// before the next place its literals occur in the draft cannot, so they are skipped without looking at each.
    /// -1 when no later sentence can.
    /// </summary>
    public static int NextCandidate(CompiledRule compiled, DraftText text, int from)
    {
        var sentences = text.Sentences;
        if (from >= sentences.Count)
        {
            return -1;
        }

        if (compiled.Main.Prefilter is not { } prefilter)
        {
            return from;
        }

        var offset = sentences[from].Start;
        var found = prefilter.IndexIn(text.Key[offset..]);
        if (found < 0)
        {
            return -1;
        }

        var at = offset + found;
        var i = from;
        while (i < sentences.Count && sentences[i].End <= at)
        {
            i++;
        }

        return i < sentences.Count ? i : -1;
    }

    /// <summary>True when the rule matches its own example sentence somewhere (ignoring draft-level conditions).</summary>
    public static bool Matches(TextRule rule, string sentence)
    {
        using var text = DraftText.Prepare(sentence);
        return text.Sentences.Any(s => FirstHit(rule, text, s, elements: null) is not null);
    }

    /// <summary>The clause text before a match: back to the last comma, semicolon, colon, bracket or dash.</summary>
    public static ReadOnlySpan<char> ClausePrefix(ReadOnlySpan<char> sentence, int index) => sentence[ClauseStart(sentence, index)..index];

    /// <summary>Where the clause holding <paramref name="index"/> starts (within a reach of 200 characters).</summary>
    public static int ClauseStart(ReadOnlySpan<char> sentence, int index)
    {
        var start = index;
        var floor = Math.Max(0, index - ClauseReach);
        while (start > floor && !ClauseBounds.IsDelimiter(sentence, start - 1))
        {
            start--;
        }

        return start;
    }

    private static bool SentenceAllows(CompiledRule compiled, ReadOnlySpan<char> span, ReadOnlySpan<char> key) =>
        (compiled.RequiresSentence is null || compiled.RequiresSentence.IsMatch(span, key))
        && (compiled.UnlessSentence is null || !compiled.UnlessSentence.IsMatch(span, key));
}
