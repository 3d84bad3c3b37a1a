using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

public class ApologyComponentTests
{
    [Fact]
    public void Review_FullApology_FindsEveryComponent()
    {
        const string draft = "Lena, I'm sorry. Moving your team onto the new build system mid-release was my call, and it cost you "
            + "three evenings of rework. It happened because I assumed the caches were compatible; they weren't. "
            + "I'll cover the overtime, and Omar is restoring the old pipeline for your repo by Friday. "
            + "From now on I won't move a team mid-release. I hope you can forgive the disruption.";

        var review = ToneReviewer.Review(draft, DraftKind.Apology);

        Assert.Equal(Enum.GetValues<ApologyComponent>(), review.ApologyComponents);
    }

    [Fact]
    public void Review_BareRegret_FindsOnlyRegret()
    {
        var review = ToneReviewer.Review("Sorry about last week.", DraftKind.Apology);

        Assert.Equal([ApologyComponent.ExpressionOfRegret], review.ApologyComponents);
    }

    [Fact]
    public void Review_NotAnApology_ListsNoComponents()
    {
        var review = ToneReviewer.Review("I'm sorry. The migration was my call.", DraftKind.ExecUpdate);

        Assert.Empty(review.ApologyComponents);
    }

    [Theory]
    [InlineData("I'm sorry for the lost afternoon. We now require a passing smoke test before each release.")]
    [InlineData("I'm sorry for the lost afternoon. We've changed how releases are approved.")]
    public void Review_AChangeAlreadyInPlace_DeclaresWhatWillChange(string draft) =>
        Assert.Contains(ApologyComponent.DeclarationOfRepentance, ToneReviewer.Review(draft, DraftKind.Apology).ApologyComponents);

    [Fact]
    public void Review_AChangeOnlyDescribed_DeclaresNothing()
    {
        var review = ToneReviewer.Review("I'm sorry for the lost afternoon. The release needed a smoke test.", DraftKind.Apology);

        Assert.DoesNotContain(ApologyComponent.DeclarationOfRepentance, review.ApologyComponents);
    }
}
