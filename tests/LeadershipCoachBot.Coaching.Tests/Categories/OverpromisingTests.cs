using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class OverpromisingTests
{
    [Theory]
    [InlineData("This will never happen again.")]
    [InlineData("With the new lock in place this cannot recur now.")]
    [InlineData("The checkout is now bulletproof.")]
    [InlineData("I guarantee the fix holds.")]
    [InlineData("Duplicate charges are now impossible.")]
    [InlineData("Rest assured, this is fixed for good.")]
    [InlineData("I'm confident there will be no further outages.")]
    [InlineData("We've made sure it won't ever happen again.")]
    [InlineData("There is zero risk of a repeat.")]
    [InlineData("Unknown: whether any invoices were duplicated. The incident is fully resolved.")]
    public void Review_CertaintyWithoutBacking_IsFlagged(string draft) =>
        Assert.Contains(ToneCategory.Overpromising, Review.Categories(draft, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData("We can't promise it won't happen again, but here is what we changed.")]
    [InlineData("I won't approve another cutover without a dry run.")]
    [InlineData("I will never again approve a Friday cutover without a rollback plan.")]
    [InlineData("We expect the backlog to clear by 18:00.")]
    [InlineData("All 14,200 deleted files were restored from versioning.")]
    [InlineData("100% of requests failed for ten minutes.")]
    [InlineData("We hope this never happens again, and we've added a canary stage.")]
    [InlineData("The incident is fully resolved, and the replay confirmed every order.")]
    public void Review_HedgedOrOwnConduct_IsNotFlagged(string draft) =>
        Assert.DoesNotContain(ToneCategory.Overpromising, Review.Categories(draft, DraftKind.IncidentUpdate));
}
