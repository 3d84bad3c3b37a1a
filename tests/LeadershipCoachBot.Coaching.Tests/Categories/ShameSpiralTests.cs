using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class ShameSpiralTests
{
    [Theory]
    [InlineData("I'm clearly not cut out for leading this group.")]
    [InlineData("Honestly, you'd all be better off without me.")]
    [InlineData("I've let every one of you down, again.")]
    [InlineData("I should never have been trusted with the platform.")]
    [InlineData("I'm going to hand in my notice at the end of the week.")]
    [InlineData("What kind of manager signs that off on a Friday?")]
    [InlineData("I\u2019m useless at this job.")]
    [InlineData("You deserve a lead who doesn't break things.")]
    public void Review_VerdictOnOwnWorth_IsFlagged(string sentence) =>
        Assert.Contains(ToneCategory.ShameSpiral, Review.Categories(sentence, DraftKind.TeamMessage));

    [Theory]
    [InlineData("I'm disappointed in the result, and here is what we'll change.")]
    [InlineData("The decision was mine, and I will carry its cost at my next review.")]
    [InlineData("I let you down on the date, and I'm sorry.")]
    [InlineData("I'm not the right person to answer that, so I've asked Lee to join.")]
    [InlineData("This was a bad call by me, and I'm accountable for it.")]
    [InlineData("I'm sorry. I got the staffing plan wrong.")]
    public void Review_CalmAccountability_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.ShameSpiral, Review.Categories(sentence, DraftKind.TeamMessage));
}
