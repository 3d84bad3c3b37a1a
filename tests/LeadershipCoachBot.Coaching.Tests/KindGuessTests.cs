using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

public class KindGuessTests
{
    [Theory]
    [InlineData("Exec update for the CFO: the billing migration is two weeks late and $300k over.", DraftKind.ExecUpdate)]
    [InlineData("Incident 4411, update 2, 14:05 UTC: checkout errors are down to 3%. Next update 14:45 UTC.", DraftKind.IncidentUpdate)]
    [InlineData("Dear Sam, I'm sorry. Cancelling your project without talking to you first was my call.", DraftKind.Apology)]
    [InlineData("Hi team, a quick note about the on-call rota and what changes on Monday.", DraftKind.TeamMessage)]
    [InlineData("Hi team, I want to apologise for how the reorg landed last week.", DraftKind.Apology)]
    [InlineData("Team - I'm sorry. Pushing the migration on a Friday was my call.", DraftKind.Apology)]
    [InlineData("Hi all, I owe you an apology for the rota change.", DraftKind.Apology)]
    [InlineData("I want to apologize to the whole team for Friday night.", DraftKind.Apology)]
    [InlineData("Hi all, the rota changes on Monday and I'm sorry it came late.", DraftKind.TeamMessage)]
    public void Review_NoKind_GuessesItFromTheText(string draft, DraftKind expected)
    {
        var review = ToneReviewer.Review(draft);

        Assert.Equal(expected, review.Kind);
        Assert.True(review.KindWasGuessed);
    }

    [Fact]
    public void Review_GivenKind_KeepsItAndSaysSo()
    {
        var review = ToneReviewer.Review("Hi team, sorry about Friday.", DraftKind.ExecUpdate);

        Assert.Equal(DraftKind.ExecUpdate, review.Kind);
        Assert.False(review.KindWasGuessed);
    }
}
