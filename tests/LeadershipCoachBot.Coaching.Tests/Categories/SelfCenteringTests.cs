using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

public class SelfCenteringTests
{
    [Theory]
    [InlineData("I've barely slept all week and I've had a headache since Monday. Anyway, the numbers are below.")]
    [InlineData("This has been the most humiliating month of my career. People upstairs are losing faith in me.")]
    [InlineData("You have no idea how stressful it's been on my end.")]
    [InlineData("I missed my son's birthday for this, and I'm running on empty.")]
    [InlineData("Before the facts: I've lain awake most nights, and my reputation here is in tatters.")]
    public void Review_WriterTakesOver_IsFlagged(string draft) =>
        Assert.Contains(ToneCategory.SelfCentering, Review.Categories(draft, DraftKind.TeamMessage));

    [Theory]
    [InlineData("I'm frustrated too; this isn't what we hoped for. Here is the plan for this week.")]
    [InlineData("I'm frustrated and disappointed, like all of you. Leo is restoring the backups by 15:00.")]
    [InlineData("The outage cost customers two hours of access.")]
    [InlineData("Nothing about this changes your standing here.")]
    [InlineData("I'm worried about the on-call load, so Ana is adding a second rota from Monday.")]
    public void Review_OneHonestLine_IsNotFlagged(string draft) =>
        Assert.DoesNotContain(ToneCategory.SelfCentering, Review.Categories(draft, DraftKind.TeamMessage));
}
