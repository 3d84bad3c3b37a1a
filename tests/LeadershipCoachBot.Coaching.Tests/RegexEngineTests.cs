using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Engine;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// The review may answer a pattern with the regex interpreter or with the non-backtracking engine; these hold
/// every pattern in the rule tables to the same answers on both, so which engine ran never changes a finding.
/// </summary>
public class RegexEngineTests
{
    private static readonly Lazy<IReadOnlyList<string>> Corpus = new(BuildCorpus);

    private static IEnumerable<TextRule> AllRules =>
        PhrasingPolicies.All.SelectMany(p => p.Rules).Concat(Enum.GetValues<DraftElement>().SelectMany(ElementCues.For));

    /// <summary>Every pattern in the tables, with the case rule it is built with.</summary>
    private static IEnumerable<(string Pattern, bool CaseSensitive)> AllPatterns =>
        AllRules.SelectMany(r => new (string?, bool)[]
            {
                (r.Pattern, r.CaseSensitive), (r.UnlessSentence, r.CaseSensitive), (r.UnlessBefore, r.CaseSensitive),
                (r.UnlessMatch, r.CaseSensitive), (r.RequiresSentence, false),
            })
            .Where(p => p.Item1 is not null)
            .Select(p => (p.Item1!, p.Item2))
            .Concat(KindCues.All.Select(c => (c.Pattern, false)))
            .Concat(ApologyCues.All.Select(c => (c.Pattern, false)))
            .Distinct();

    public static TheoryData<string, bool> Patterns()
    {
        var data = new TheoryData<string, bool>();
        foreach (var (pattern, caseSensitive) in AllPatterns)
        {
            data.Add(pattern, caseSensitive);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_BothEngines_BuildAndAgreeWhetherTextMatches(string pattern, bool caseSensitive)
    {
        var interpreted = FilteredRegex.Build(pattern, caseSensitive, linear: false);
        var linear = FilteredRegex.Build(pattern, caseSensitive, linear: true);

        foreach (var text in Corpus.Value)
        {
            Assert.True(interpreted.IsMatch(text) == linear.IsMatch(text), $"The engines disagree on whether /{pattern}/ matches: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_WithoutLazyLoops_InterpreterGivesTheLinearEnginesSpansAndGroups(string pattern, bool caseSensitive)
    {
        var filtered = new FilteredRegex(pattern, caseSensitive);
        if (!filtered.InterpreterGivesSpans)
        {
            Assert.True(LazyLoops.In(pattern));
            return;
        }

        var interpreted = FilteredRegex.Build(pattern, caseSensitive, linear: false);
        var linear = FilteredRegex.Build(pattern, caseSensitive, linear: true);
        foreach (var text in Corpus.Value)
        {
            Assert.Equal(Spans(linear, text), Spans(interpreted, text));
        }
    }

    [Fact]
    public void FilteredRegex_LazyPattern_ReportsTheLinearEnginesSpans()
    {
        // A lazy loop where the engines pick different ends: the linear engine's is the one reported.
        const string Pattern = @"\bthe\s+(?:\w+\s+){0,3}?(?:pipeline|change)\b";
        const string Text = "It broke after the data pipeline change went out.";
        var filtered = new FilteredRegex(Pattern, caseSensitive: false);

        Assert.False(filtered.InterpreterGivesSpans);
        Assert.Equal(FilteredRegex.Build(Pattern, caseSensitive: false, linear: true).Match(Text).Value, filtered.Regex.Match(Text).Value);
    }

    [Fact]
    public void FilteredRegex_InputPastTheInterpretersReach_AnswersWithTheLinearEngine()
    {
        var filtered = new FilteredRegex(@"\bsorry\b", caseSensitive: false);
        var longText = new string('x', FilteredRegex.InterpretedReach) + " sorry";

        Assert.Same(filtered.SpanEngine(longText.Length), filtered.SpanEngine(longText.Length));
        Assert.NotSame(filtered.SpanEngine(10), filtered.SpanEngine(longText.Length));
        Assert.True(filtered.Exists(longText));
        Assert.True(filtered.IsMatch(longText, CaseKey.Of(longText)));
    }

    [Fact]
    public void MatchesDraft_LongDraft_ReadsItSentenceBySentenceWithoutTheLinearEngine()
    {
        var filler = string.Concat(Enumerable.Repeat("The checkout queue drained by noon and the retries stopped. ", 400));
        using var text = DraftText.Prepare(filler + "We owe the support team an apology for the weekend.");
        var found = new FilteredRegex(@"\bapology\b", caseSensitive: false);
        var absent = new FilteredRegex(@"\bforgive\b", caseSensitive: false);

        Assert.True(found.MatchesDraft(text));
        Assert.False(absent.MatchesDraft(text));
        Assert.False(found.LinearBuilt);
        Assert.False(absent.LinearBuilt);
    }

    [Fact]
    public void MatchesDraft_PatternAnchoredAtTheStart_ReadsOnlyTheDraftsOpening()
    {
        var opening = new FilteredRegex(@"^\W*(?:hi|hey)\s+team\b", caseSensitive: false);
        using var greeted = DraftText.Prepare("Hi team, the rollout is paused. " + new string('x', 3 * FilteredRegex.InterpretedReach));
        using var later = DraftText.Prepare("The rollout is paused.\nHi team, more soon.");

        Assert.True(opening.MatchesDraft(greeted));
        Assert.False(opening.MatchesDraft(later));
        Assert.False(opening.LinearBuilt);
    }

    [Theory]
    [InlineData(@"^hi", true)]
    [InlineData(@"\bteam\b|^all\b", true)]
    [InlineData(@"[^a-z]team", false)]
    [InlineData(@"\^team", false)]
    public void AnchoredAtStart_StartAnchor_IsFoundButNotANegatedClassOrAnEscape(string pattern, bool anchored) =>
        Assert.Equal(anchored, new FilteredRegex(pattern, caseSensitive: false).AnchoredAtStart);

    [Fact]
    public void Opening_LongDraft_IsCutAtTheLastSpaceWithinReach()
    {
        var draft = new string('a', FilteredRegex.InterpretedReach - 3) + " bcdefgh";

        Assert.Equal(FilteredRegex.InterpretedReach - 3, FilteredRegex.Opening(draft));
        Assert.Equal(5, FilteredRegex.Opening("short"));
    }

    [Theory]
    [InlineData(@"(?:\w+\s+){0,3}?x")]
    [InlineData(@"a*?b")]
    [InlineData(@"a+?")]
    [InlineData(@"(?:ab)??c")]
    [InlineData(@"a{2}?")]
    [InlineData(@"[?](?:x|y)+?")]
    public void LazyLoops_LazyQuantifier_IsFound(string pattern) => Assert.True(LazyLoops.In(pattern));

    [Theory]
    [InlineData(@"(?:\w+\s+){0,3}x")]
    [InlineData(@"\bI'?m\b")]
    [InlineData(@"(?:sorry)?\s*(?<who>you)")]
    [InlineData(@"a\*?b")]
    [InlineData(@"[*?+]x")]
    [InlineData(@"(?:x|y)+(?:z)?")]
    [InlineData(@"x{2,4}\?")]
    public void LazyLoops_GreedyOrEscapedOrInAClass_IsNotFound(string pattern) => Assert.False(LazyLoops.In(pattern));

    private static List<string> Spans(Regex regex, string text) =>
        [.. regex.Matches(text).Select(m => string.Join(',', m.Groups.Cast<Group>().Select(g => g.Success ? $"{g.Index}+{g.Length}" : "-")))];

    /// <summary>Rule examples and near misses, the held-out drafts whole and by sentence, and some hostile text.</summary>
    private static List<string> BuildCorpus()
    {
        var corpus = new List<string>();
        foreach (var draft in HoldoutDrafts.All)
        {
            corpus.Add(draft.Text);
            using var text = DraftText.Prepare(draft.Text);
            corpus.AddRange(text.Sentences.Select(s => text.Span(s).ToString()));
        }

        corpus.AddRange(AllRules.SelectMany(r => new[] { r.Example, r.NearMiss }).OfType<string>());
        corpus.AddRange(
        [
            string.Join('-', Enumerable.Repeat("team", 60)) + " missed it",
            "If only the the the vendor vendor team had had checked, we would have",
            "We're rolling back back back everything everything for good good, forever.",
            "I'm sorry sorry if if you you were were upset upset by by the the change change",
            "Next update at 14:30 14:30 UTC UTC tomorrow tomorrow, by Friday Friday.",
            string.Concat(Enumerable.Repeat("the data pipeline change ", 20)),
        ]);
        return corpus;
    }
}
