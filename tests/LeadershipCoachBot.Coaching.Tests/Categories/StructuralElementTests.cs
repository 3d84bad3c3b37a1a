using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

/// <summary>Each missing-* category is raised exactly when its element is absent from the draft.</summary>
public class StructuralElementTests
{
    [Theory]
    [InlineData("Rolling out the new scheduler was my call.")]
    [InlineData("I signed off the migration.")]
    [InlineData("That one's on me.")]
    [InlineData("I own this.")]
    [InlineData("The config change I approved took checkout down.")]
    [InlineData("I got the capacity plan wrong.")]
    [InlineData("I'm the one who picked the vendor.")]
    [InlineData("I\u2019d pushed for the early date.")]
    public void Review_FirstPersonOwnership_SatisfiesOwnership(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingOwnership, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("We rolled out the new scheduler on Monday.")]
    [InlineData("If it turns out the plan was mine, I'll own it.")]
    [InlineData("I'm sorry for the outage.")]
    [InlineData("It was the right decision, and I stand by it.")]
    [InlineData("My pet project has had a rough week.")]
    [InlineData("I'm a terrible leader.")]
    [InlineData("If you skipped the briefing, that isn't really on me.")]
    [InlineData("I've switched the feature off for now.")]
    public void Review_NoFirstPersonOwnership_IsMissingOwnership(string draft) =>
        Assert.Contains(ToneCategory.MissingOwnership, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("I assumed the cache would be warm; it wasn't.")]
    [InlineData("What I misjudged was the peak load.")]
    [InlineData("Our load test only covered reads.")]
    [InlineData("I should have insisted on a pilot.")]
    [InlineData("The lesson for me: ask for accuracy per segment.")]
    [InlineData("We'd relied on the vendor's lab results.")]
    public void Review_StatedAssumption_SatisfiesLearning(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingLearning, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("Lessons learned.")]
    [InlineData("We'll learn from this.")]
    [InlineData("The root cause was a null pointer in the parser.")]
    [InlineData("We will add a pilot stage before the next release.")]
    [InlineData("The vendor assumed our traffic was flat.")]
    public void Review_GenericOrMechanical_IsMissingLearning(string draft) =>
        Assert.Contains(ToneCategory.MissingLearning, Review.Categories(draft, DraftKind.ExecUpdate));

    [Theory]
    [InlineData("Priya will rerun the import by Thursday.")]
    [InlineData("I'll meet each of you this week.")]
    [InlineData("We're refunding every affected order by Friday.")]
    [InlineData("The payments team is adding an alert on duplicate charges.")]
    [InlineData("Tomas runs the retro on Thursday at 10:00.")]
    [InlineData("Credits are being issued by the billing team, first batch by 16:00.")]
    [InlineData("We're adding a release gate to the pipeline by Friday.")]
    public void Review_OwnedOrTimedAction_SatisfiesNextSteps(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingNextSteps, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("We'll look into it.")]
    [InlineData("We're working on it.")]
    [InlineData("Let's regroup when things calm down.")]
    [InlineData("My door is always open.")]
    [InlineData("We've already restored the backups.")]
    [InlineData("I'll be around until my replacement starts.")]
    [InlineData("Hopefully people will come round in a few weeks.")]
    [InlineData("We're adding a release gate to the pipeline.")]
    [InlineData("We now require a passing smoke test before each release.")]
    public void Review_VagueOrFinished_IsMissingNextSteps(string draft) =>
        Assert.Contains(ToneCategory.MissingNextSteps, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("About 3,100 customers could not log in for two hours.")]
    [InlineData("Checkout failed for 40% of users between 10:00 and 11:30.")]
    [InlineData("You lost your whole weekend to the cleanup.")]
    [InlineData("The overrun has cost us $1.2M so far.")]
    [InlineData("Every store in the north region was offline for the morning.")]
    [InlineData("The help desk got about 600 tickets on Monday.")]
    [InlineData("Our agents fielded over 1,200 calls in the first hour.")]
    public void Review_MeasuredImpact_SatisfiesImpact(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingImpact, Review.Categories(draft, DraftKind.Apology));

    [Theory]
    [InlineData("Some users were affected.")]
    [InlineData("A few reports came in.")]
    [InlineData("I'm sorry for the disruption.")]
    [InlineData("The new dashboard has 40 widgets.")]
    [InlineData("The help desk got some tickets.")]
    [InlineData("The help desk has 6 people on shift.")]
    [InlineData("You've borne the brunt of it.")]
    public void Review_VagueImpact_IsMissingImpact(string draft) =>
        Assert.Contains(ToneCategory.MissingImpact, Review.Categories(draft, DraftKind.Apology));

    [Theory]
    [InlineData("We don't yet know whether backups were affected.")]
    [InlineData("Unknown: how many orders were duplicated.")]
    [InlineData("No ETA yet for the fix.")]
    [InlineData("It's too early to say whether data was lost.")]
    public void Review_NamedOpenQuestion_SatisfiesUncertainty(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingUncertainty, Review.Categories(draft, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData("We are investigating.")]
    [InlineData("We are monitoring the situation.")]
    [InlineData("The cause is fully understood.")]
    public void Review_NoOpenQuestion_IsMissingUncertainty(string draft) =>
        Assert.Contains(ToneCategory.MissingUncertainty, Review.Categories(draft, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData("Next update at 16:00 UTC.")]
    [InlineData("I'll update you on Thursday.")]
    [InlineData("Updates every 30 minutes until this is resolved.")]
    [InlineData("Next update at Monday's staff meeting.")]
    public void Review_TimedUpdate_SatisfiesNextUpdate(string draft) =>
        Assert.DoesNotContain(ToneCategory.MissingNextUpdate, Review.Categories(draft, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData("Next update soon.")]
    [InlineData("More to follow.")]
    [InlineData("We'll post more when we know more.")]
    [InlineData("Next update when the vendor replies.")]
    public void Review_VagueUpdate_IsMissingNextUpdate(string draft) =>
        Assert.Contains(ToneCategory.MissingNextUpdate, Review.Categories(draft, DraftKind.IncidentUpdate));

    [Theory]
    [InlineData(DraftKind.ExecUpdate, 6)]
    [InlineData(DraftKind.IncidentUpdate, 6)]
    [InlineData(DraftKind.Apology, 4)]
    [InlineData(DraftKind.TeamMessage, 2)]
    public void Review_EmptyOfElements_RaisesOnlyTheChecksItsKindTakes(DraftKind kind, int expected)
    {
        var review = ToneReviewer.Review("Quick note about yesterday.", kind);

        Assert.Equal(expected, review.Findings.Count);
        Assert.All(review.Findings, f => Assert.Null(f.Start));
        Assert.Equal(ToneVerdict.Revise, review.Verdict);
    }
}
