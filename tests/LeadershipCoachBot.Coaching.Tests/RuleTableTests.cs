using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Coaching.Tone.Engine;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Every named rule is tested by its own example and, where given, its near miss.</summary>
public class RuleTableTests
{
    public static TheoryData<string> PhrasingRuleNames() => [.. PhrasingPolicies.All.SelectMany(p => p.Rules).Select(r => r.Name)];

    public static TheoryData<string> CueRuleNames() =>
        [.. Enum.GetValues<DraftElement>().SelectMany(ElementCues.For).Select(r => r.Name)];

    [Fact]
    public void Rules_Names_AreUniqueAndDotted()
    {
        var names = PhrasingPolicies.All.SelectMany(p => p.Rules)
            .Concat(Enum.GetValues<DraftElement>().SelectMany(ElementCues.For))
            .Select(r => r.Name)
            .ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^[a-z-]+\\.[a-z-]+$", n));
    }

    [Theory]
    [MemberData(nameof(PhrasingRuleNames))]
    public void PhrasingRule_OwnExample_IsCaughtAndNearMissIsNot(string name)
    {
        var policy = PhrasingPolicies.All.Single(p => p.Rules.Any(r => r.Name == name));
        var rule = policy.Rules.Single(r => r.Name == name);

        Assert.True(RuleMatcher.Matches(rule, rule.Example), $"{name} does not match its example.");
        if (rule.NearMiss is not null)
        {
            Assert.False(RuleMatcher.Matches(rule, rule.NearMiss), $"{name} matches its near miss.");
        }

        if (rule.Anchor && rule.Weight >= policy.Threshold)
        {
            var review = ToneReviewer.Review(rule.Example, DraftKind.TeamMessage);
            Assert.Contains(review.Findings, f => f.Category == policy.Category);
        }
    }

    [Theory]
    [MemberData(nameof(CueRuleNames))]
    public void CueRule_OwnExample_ShowsItsElement(string name)
    {
        var element = Enum.GetValues<DraftElement>().Single(e => ElementCues.For(e).Any(r => r.Name == name));
        var rule = ElementCues.For(element).Single(r => r.Name == name);

        Assert.True(RuleMatcher.Matches(rule, rule.Example), $"{name} does not match its example.");
        Assert.Contains(element, ElementDetector.Present(DraftText.Prepare(rule.Example)));
        if (rule.NearMiss is not null)
        {
            Assert.False(RuleMatcher.Matches(rule, rule.NearMiss), $"{name} matches its near miss.");
        }
    }

    [SkippableFact]
    public void Rules_Examples_AreNotCopiedFromTheDevDrafts()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
        var examples = PhrasingPolicies.All.SelectMany(p => p.Rules)
            .Concat(Enum.GetValues<DraftElement>().SelectMany(ElementCues.For))
            .SelectMany(r => new[] { r.Example, r.NearMiss })
            .Where(e => e is { Length: > 25 });

        var sources = DevDrafts.All.Concat(File.Exists(SharedFiles.RealDrafts) ? LabelledDraftFile.Load(SharedFiles.RealDrafts) : []).ToList();
        var copied = examples.Where(e => sources.Any(d => d.Text.Contains(e!, StringComparison.Ordinal))).ToList();

        Assert.True(copied.Count == 0, $"Rule sentences copied from the dev drafts: {string.Join(" | ", copied)}");
    }
}
