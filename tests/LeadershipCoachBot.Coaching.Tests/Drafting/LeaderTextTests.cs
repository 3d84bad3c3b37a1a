using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Recovery;

namespace LeadershipCoachBot.Coaching.Tests.Drafting;

public sealed class LeaderTextTests
{
    [Theory]
    [InlineData("we're down, search is failing since the release i shipped. that was my call", "We're down, search is failing since the release I shipped. That was my call.")]
    [InlineData("ok so the cache flip broke login", "The cache flip broke login.")]
    [InlineData("um, so, i'm not sure it is over", "I'm not sure it is over.")]
    [InlineData("so far 0 orders were lost", "So far 0 orders were lost.")]
    [InlineData("the wi-fi fix is live, i think!", "The wi-fi fix is live, I think!")]
    [InlineData("so", "So.")]
    [InlineData("Search broke.", "Search broke.")]
    public void Tidy_DropsFillers_CapitalisesAndEndsTheSentence(string typed, string expected) =>
        Assert.Equal(expected, LeaderText.Tidy(typed));

    [Fact]
    public void FirstUpdate_SummaryThatSpeaksAsWe_IsNotPrefixedWithAnotherWeAreHandling()
    {
        var report = new IncidentReport("we're down, search is failing since the release i shipped", CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Contained);

        var known = IncidentTriage.Assess(report, DateTimeOffset.UnixEpoch).FirstUpdate.WhatWeKnow;

        Assert.StartsWith("We're down, search is failing since the release I shipped. We are handling it as a SEV-1 incident.", known, StringComparison.Ordinal);
        Assert.DoesNotContain("incident: We", known, StringComparison.Ordinal);
    }

    [Fact]
    public void ExecDraftAndAllHands_ReuseTheLeadersLineTidied()
    {
        var report = new IncidentReport("ok so we're down, search is failing since the release i shipped", CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Contained);
        var assessment = IncidentTriage.Assess(report, DateTimeOffset.UnixEpoch);

        var draft = MessageDrafter.Draft(FirstUpdatePlan.From(report, assessment, new NextUpdateTime(DateTimeOffset.UnixEpoch))).Text;
        var story = RecoveryKitBuilder.Build(report).AllHands[0].Points;

        Assert.StartsWith("We're down, search is failing since the release I shipped. ", draft, StringComparison.Ordinal);
        Assert.Contains("Tell what happened in plain words: We're down, search is failing since the release I shipped.", story);
    }
}
