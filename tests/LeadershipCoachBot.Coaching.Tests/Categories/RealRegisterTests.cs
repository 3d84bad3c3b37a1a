using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

/// <summary>
/// The ways real memos, status pages, postmortems and maintainer posts phrase each move and each trap, in both
/// directions: the idea is recognised, and its near miss is left alone.
/// </summary>
public class RealRegisterTests
{
    [Theory]
    [InlineData("I've unpublished every old version from the package registry tonight, so only 4.0 remains.")]
    [InlineData("As of today we are archiving the repository and pulling the hosted service.")]
    [InlineData("We are removing the export API from every plan immediately, including the parts that most of our customers rely on.")]
    public void Review_SweepingIrreversibleStep_IsPanicReversal(string draft) =>
        Assert.Contains(ToneCategory.PanicReversal, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("The notes explain the implications of yanked packages for older installs.")]
    [InlineData("I yanked the broken 2.1.3 release and published 2.1.4 an hour later.")]
    [InlineData("I archived the stale feature branch last month.")]
    public void Review_ScopedOrDescriptiveRemoval_IsNotPanicReversal(string draft) =>
        Assert.DoesNotContain(ToneCategory.PanicReversal, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("The contractor we brought in, Brightline, skipped the restore test.")]
    [InlineData("The design team delivered the final screens three weeks late.")]
    [InlineData("In fairness to my team, nobody had flagged the quota to us.")]
    [InlineData("The hosting company had assured us that the failover was automatic.")]
    [InlineData("For the record, the risks were set out in the deck that all of you received.")]
    [InlineData("Some of you have been incredibly rude in the issue tracker this week.")]
    [InlineData("The outage at our carrier was completely beyond our control.")]
    [InlineData("The vendor's update broke our single sign-on for a day.")]
    [InlineData("Leon's migration introduced the duplicate charges.")]
    public void Review_OthersAsTheCause_IsBlameShifting(string draft) =>
        Assert.Contains(ToneCategory.BlameShifting, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("The contractor we brought in, Brightline, restored the data by noon.")]
    [InlineData("Last week's storm was completely outside our control, and the outage it caused is on us to prevent.")]
    [InlineData("We assured our customers that the fix would ship on Friday.")]
    [InlineData("The new rota is in the brief that everyone received this morning.")]
    [InlineData("The vendor's update fixed our single sign-on within the hour.")]
    [InlineData("Leon's migration removed the duplicate charges, and I'm grateful.")]
    public void Review_NoOneElseAsTheCause_IsNotBlameShifting(string draft) =>
        Assert.DoesNotContain(ToneCategory.BlameShifting, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("A number of roles will be impacted across the sales organisation.")]
    [InlineData("Market headwinds beyond our control made this restructuring necessary.")]
    [InlineData("Several colleagues will be transitioning out of the business this week.")]
    [InlineData("Honestly, it is not as dramatic as the rumours suggest.")]
    [InlineData("Some members were unable to book classes this morning.")]
    [InlineData("A portion of our customers were unable to pay by card this morning.")]
    [InlineData("The slow pages caused some inconvenience to shoppers on Monday.")]
    public void Review_SoftenedFacts_AreHiding(string draft) =>
        Assert.Contains(ToneCategory.Hiding, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("I assumed market conditions would hold, and I planned hiring on that; that was wrong.")]
    [InlineData("Sixty people are losing their jobs today, most of them in sales.")]
    [InlineData("It was as serious as the rumours say: 900 members could not book for two days.")]
    [InlineData("Forty percent of our customers were unable to pay by card for two hours.")]
    public void Review_PlainFacts_AreNotHiding(string draft) =>
        Assert.DoesNotContain(ToneCategory.Hiding, Review.Categories(draft, DraftKind.TeamMessage));

    [Fact]
    public void Review_YearsGivenForNothing_IsSelfCentering() =>
        Assert.Contains(ToneCategory.SelfCentering, Review.Categories(
            "I have poured years into this library for nothing. Honestly, I'm exhausted and I need a long break.", DraftKind.TeamMessage));

    [Fact]
    public void Review_ThanksForYearsGiven_IsNotSelfCentering() =>
        Assert.DoesNotContain(ToneCategory.SelfCentering, Review.Categories(
            "Mei has given years to this library, and we are grateful. She is handing over to Tom on Monday.", DraftKind.TeamMessage));

    [Theory]
    [InlineData("The payments team is failing over to the backup processor now.")]
    [InlineData("Effective immediately, we are switching card traffic to the second gateway.")]
    [InlineData("From the next release, the pipeline blocks any deploy without a rollback plan.")]
    [InlineData("I've decided to move the remaining tenants back tonight.")]
    public void Review_PresentOrPolicyStep_SatisfiesNextSteps(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingNextSteps, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("The payments team is monitoring the error rate.")]
    [InlineData("I decided to move the tenants last spring.")]
    [InlineData("From the start, the release felt rushed.")]
    public void Review_WatchingOrPastDecision_IsMissingNextSteps(string draft) =>
        Assert.Contains(ToneCategory.MissingNextSteps, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("My decision, and I'll answer for it.")]
    [InlineData("I'll take the heat for this one.")]
    [InlineData("The release, which I published on Tuesday, broke installs.")]
    [InlineData("Responsibility for this is mine.")]
    public void Review_TerseOwnership_SatisfiesOwnership(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingOwnership, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("My decision on the vendor comes on Friday.")]
    [InlineData("The release, which Ana published on Tuesday, broke installs.")]
    public void Review_NoTerseOwnership_IsMissingOwnership(string draft) =>
        Assert.Contains(ToneCategory.MissingOwnership, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("Legal will present its findings at next Tuesday's board meeting.", ToneCategory.MissingNextUpdate)]
    [InlineData("We are still investigating how the credentials leaked.", ToneCategory.MissingUncertainty)]
    [InlineData("We still haven't found what corrupts the nightly file.", ToneCategory.MissingUncertainty)]
    [InlineData("The migration overran by six weeks.", ToneCategory.MissingImpact)]
    public void Review_RealPhrasingOfAnElement_SatisfiesIt(string draft, ToneCategory missing) =>
        Assert.DoesNotContain(missing, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("Legal will present its findings when they are ready.", ToneCategory.MissingNextUpdate)]
    [InlineData("We are investigating.", ToneCategory.MissingUncertainty)]
    [InlineData("The migration ran smoothly.", ToneCategory.MissingImpact)]
    public void Review_ElementOnlyGestured_IsStillMissing(string draft, ToneCategory missing) =>
        Assert.Contains(missing, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("We're sorry you were disappointed by the new plans.")]
    [InlineData("Sorry for the hassle with your invoices last week.")]
    public void Review_ApologyForTheReadersStateOrATrifle_IsNonApology(string draft) =>
        Assert.Contains(ToneCategory.NonApology, Review.Categories(draft, DraftKind.Apology));

    [Theory]
    [InlineData("I'm sorry: my pricing change cost you a week of renewals.")]
    [InlineData("We're sorry we moved your plan without asking you first.")]
    public void Review_ApologyForTheWritersAct_IsNotNonApology(string draft) =>
        Assert.DoesNotContain(ToneCategory.NonApology, Review.Categories(draft, DraftKind.Apology));
}
