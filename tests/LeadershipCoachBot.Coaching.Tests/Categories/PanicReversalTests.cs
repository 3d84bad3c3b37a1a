using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class PanicReversalTests
{
    [Theory]
    [InlineData("We're pulling the new search service out of every region tonight and going back to the old one for good.")]
    [InlineData("As of this minute I'm switching off every AI feature we shipped this year, permanently.")]
    [InlineData("I've told the team to scrap the event-bus migration; we'll work out what went wrong later.")]
    [InlineData("Effective immediately we are reverting all twelve services to last quarter's builds, including the ones that are healthy.")]
    [InlineData("We're done with Kubernetes.")]
    [InlineData("I don't want to wait for the postmortem, so the whole data platform moves back on-prem starting tomorrow.")]
    [InlineData("Tonight we cancel the partner programme and remove the integration from every market.")]
    public void Review_SweepingReversal_IsFlagged(string sentence) =>
        Assert.Contains(ToneCategory.PanicReversal, Review.Categories(sentence, DraftKind.TeamMessage));

    [Theory]
    [InlineData("We switched off the new-checkout feature flag while we find the cause; everything else stays as it is.")]
    [InlineData("Dana's team is rolling back the one release that failed, one region at a time.")]
    [InlineData("After reviewing three weeks of data, I'm proposing we retire the old queue by June.")]
    [InlineData("We are not rolling anything else back until we understand the cause.")]
    [InlineData("The config change was rolled back at 10:12 and error rates are normal.")]
    [InlineData("We've moved the three largest tenants back to dedicated shards for now.")]
    [InlineData("Refunds go out to all affected customers today.")]
    public void Review_ScopedSafeguard_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.PanicReversal, Review.Categories(sentence, DraftKind.TeamMessage));
}
