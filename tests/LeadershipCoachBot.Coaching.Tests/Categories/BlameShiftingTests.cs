using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class BlameShiftingTests
{
    [Theory]
    [InlineData("If the platform team had reviewed the change properly, we'd have caught this.")]
    [InlineData("The QA team should have caught the missing index.")]
    [InlineData("The change went out before the review I had requested.")]
    [InlineData("This outage is entirely down to our hosting provider.")]
    [InlineData("For the record, nobody had run the change by me.")]
    [InlineData("Tomasz skipped the canary step, and that is what took the site down.")]
    [InlineData("If you had read the runbook, it wouldn't have come to this.")]
    [InlineData("The patch was deployed to production without the security sign-off.")]
    [InlineData("I approved the date, though I\u2019ll note the plan I was given didn't mention the schema change.")]
    [InlineData("If support had escalated sooner, customers would have been spared most of it.")]
    public void Review_OthersAsTheCause_IsFlagged(string sentence) =>
        Assert.Contains(ToneCategory.BlameShifting, Review.Categories(sentence, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("The call to ship was mine; thank you to Amira's team, who restored service by 02:00.")]
    [InlineData("The vendor has confirmed a fault in their driver, and choosing that vendor was my decision.")]
    [InlineData("No one, including me, caught the expired certificate.")]
    [InlineData("Our test suite didn't cover the retry path, and I approved the release.")]
    [InlineData("The support team didn't stop until every customer was called back, and I'm grateful.")]
    [InlineData("I pushed the config to production before the review finished; that's on me.")]
    [InlineData("If we had staged the rollout, we would have caught it sooner.")]
    [InlineData("Priya restored the service by 14:00, and I'm grateful.")]
    public void Review_OwnershipAndCredit_AreNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.BlameShifting, Review.Categories(sentence, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("Dave's script missed an index, so every search timed out.")]
    [InlineData("Priya pushed the bad config on Friday evening.")]
    [InlineData("Honestly, it was Sam's change that broke it.")]
    public void Review_NamedPersonAsTheCause_IsFlaggedWithASystemRewrite(string sentence)
    {
        var finding = Assert.Single(ToneReviewer.Review(sentence, DraftKind.ExecUpdate).Findings, f => f.Category == ToneCategory.BlameShifting);

        Assert.Contains("Our process", finding.Suggestion, StringComparison.Ordinal);
        Assert.Contains("one to one", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dave is leading the fix, and the call to ship was mine.")]
    [InlineData("Thanks to Priya for the quick rollback; Priya's script brought the old version back in minutes.")]
    [InlineData("The Atlas's update caused a restart, and we chose to depend on it.")]
    [InlineData("Sam pushed the fixed config at noon.")]
    public void Review_NamedPersonNotAsTheCause_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.BlameShifting, Review.Categories(sentence, DraftKind.ExecUpdate));
}
