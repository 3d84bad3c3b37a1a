using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Engine;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>The literal prefilters only ever skip regexes that could not have matched.</summary>
public class LiteralPrefilterTests
{
    private static readonly Lazy<IReadOnlyList<string>> Corpus = new(BuildCorpus);

    private static IEnumerable<TextRule> AllRules =>
        PhrasingPolicies.All.SelectMany(p => p.Rules).Concat(Enum.GetValues<DraftElement>().SelectMany(ElementCues.For));

    public static TheoryData<string> RuleNames() => [.. AllRules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Prefilter_RuleExampleAndDevSentences_NeverRejectsWhatTheRegexMatches(string name)
    {
        var compiled = RuleMatcher.Compile(AllRules.Single(r => r.Name == name));
        Assert.True(compiled.Main.MayMatch(CaseKey.Of(compiled.Rule.Example)), $"{name}'s prefilter rejects its own example.");

        FilteredRegex?[] patterns = [compiled.Main, compiled.UnlessSentence, compiled.UnlessBefore, compiled.UnlessMatch, compiled.RequiresSentence];
        foreach (var pattern in patterns.OfType<FilteredRegex>())
        {
            AssertSound(pattern, Corpus.Value.Append(compiled.Rule.Example).Append(compiled.Rule.NearMiss ?? string.Empty));
        }
    }

    [Fact]
    public void Prefilter_KindAndApologyCues_NeverRejectWhatTheRegexMatches()
    {
        var drafts = CorpusDrafts.Select(d => d.Text).Concat(Corpus.Value).ToList();
        foreach (var pattern in KindCues.All.Select(c => c.Pattern).Concat(ApologyCues.All.Select(c => c.Pattern)))
        {
            AssertSound(new FilteredRegex(pattern, caseSensitive: false), drafts);
        }
    }

    [Fact]
    public void Prefilter_PhrasingAndCueRules_AlmostAllHaveOne()
    {
        var rules = AllRules.ToList();
        var without = rules.Where(r => RuleMatcher.Compile(r).Main.Prefilter is null).Select(r => r.Name).ToList();

        Assert.True(without.Count * 10 <= rules.Count, $"Rules without a literal prefilter: {string.Join(", ", without)}");
    }

    [Theory]
    [InlineData(@"\b(?:sorry|apologi[sz]e)\b", "apologise|apologize|sorry")]
    [InlineData(@"\bI'?m\s+sorry", "sorry")]
    [InlineData(@"(?:I'?m|I\s+am)", "am|i'm|im")]
    [InlineData(@"\bWe(?:'re|\s+are)\b", "'re|are")]
    [InlineData(@"(?:the\s+)?(?<party>vendor|team)s?\b", "team|vendor")]
    [InlineData(@"glitch(?:es)?|blips?", "blip|glitch")]
    [InlineData(@"[$£]\s?\d", "$|£")]
    [InlineData(@"\bnext\s+update\b", "update")]
    public void PatternLiterals_KnownShapes_GiveTheNeedlesEveryMatchContains(string pattern, string expected)
    {
        var needles = PatternLiterals.Required(pattern);

        Assert.NotNull(needles);
        Assert.Equal(expected, string.Join('|', needles.Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"a|\d+")]
    [InlineData(@"(?:sorry)?")]
    [InlineData(@"x{0,3}")]
    [InlineData(@"(?=sorry)\w")]
    [InlineData(@"(?i:sorry)")]
    [InlineData(@"\p{Lu}\p{Ll}+")]
    [InlineData(@"[^a]")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(sorry")]
    public void PatternLiterals_NoFixedTextOrUnreadSyntax_GivesNoNeedles(string pattern) =>
        Assert.Null(PatternLiterals.Required(pattern));

    [Fact]
    public void CaseKey_CharactersACaseInsensitiveRuleTreatsAsEqual_FoldToTheSameKey()
    {
        var everyChar = string.Create(char.MaxValue + 1, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)i;
            }
        });
        var needleChars = AllRules.Select(RuleMatcher.Compile)
            .SelectMany(c => new[] { c.Main, c.UnlessSentence, c.UnlessBefore, c.UnlessMatch, c.RequiresSentence })
            .SelectMany(f => f?.Prefilter?.Needles ?? [])
            .SelectMany(n => n)
            .Concat(Enumerable.Range(32, 95).Select(i => (char)i))
            .Distinct();

        foreach (var c in needleChars)
        {
            var equal = FilteredRegex.Build(Regex.Escape(c.ToString()), caseSensitive: false, linear: true).Matches(everyChar);
            Assert.All(equal, m => Assert.Equal(CaseKey.Of(c), CaseKey.Of(m.Value[0])));
        }
    }

    private static void AssertSound(FilteredRegex pattern, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            if (pattern.Regex.IsMatch(text))
            {
                Assert.True(pattern.MayMatch(CaseKey.Of(text)), $"Prefilter of /{pattern.Pattern}/ rejects text it matches: {text}");
            }
        }
    }

    /// <summary>The held-out drafts in the repository, and the shared development drafts when they are beside it.</summary>
    private static IEnumerable<LabelledDraft> CorpusDrafts => HoldoutDrafts.All.Concat(DevDrafts.IfPresent);

    private static List<string> BuildCorpus()
    {
        var sentences = new List<string>();
        foreach (var draft in CorpusDrafts)
        {
            var text = DraftText.Prepare(draft.Text);
            sentences.AddRange(text.Sentences.Select(s => text.Span(s).ToString()));
        }

        sentences.AddRange(AllRules.SelectMany(r => new[] { r.Example, r.NearMiss }).OfType<string>());
        return sentences;
    }
}
