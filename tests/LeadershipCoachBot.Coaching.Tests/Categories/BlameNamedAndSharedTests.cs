using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Categories;

/// <summary>A named colleague set off by a clause, a party said to carry the blame, and an outside cause rewritten so the facts stay.</summary>
public class BlameNamedAndSharedTests
{
    [Theory]
    [InlineData("Jonas, who set up the new cluster, didn't check the disk quotas, so the nodes filled up.")]
    [InlineData("Mei, our release lead, skipped the smoke tests and pushed straight to every region.")]
    [InlineData("Ruben, whose team owns the queue, forgot to raise the retention limit.")]
    public void Review_NamedColleagueWithAClauseAsTheCause_IsFlagged(string sentence)
    {
        var finding = Assert.Single(ToneReviewer.Review(sentence, DraftKind.TeamMessage).Findings, f => f.Category == ToneCategory.BlameShifting);

        Assert.Equal(FindingSeverity.High, finding.Severity);
    }

    [Theory]
    [InlineData("Jonas, who set up the new cluster, is adding the disk quota alert by Thursday.")]
    [InlineData("Jonas, who set up the new cluster, stayed late to bring the nodes back, and I'm grateful.")]
    [InlineData("Yesterday, the old cluster, which we retired in May, didn't matter at all.")]
    public void Review_NamedColleagueCreditedOrGivenAnAction_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.BlameShifting, Review.Categories(sentence, DraftKind.TeamMessage));

    [Theory]
    [InlineData("Frankly the hosting provider is mostly to blame here.")]
    [InlineData("The QA team is largely to blame for the missed regression.")]
    [InlineData("Our CDN vendor was entirely at fault.")]
    [InlineData("To be honest, the blame lies with the integration partner.")]
    [InlineData("They are partly to blame, since the change notice never reached us.")]
    public void Review_APartySaidToCarryTheBlame_IsFlaggedAndTheRewriteDropsIt(string sentence)
    {
        var finding = Assert.Single(ToneReviewer.Review(sentence, DraftKind.ExecUpdate).Findings, f => f.Category == ToneCategory.BlameShifting);

        Assert.DoesNotContain("to blame", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("at fault", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("blame lies", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("I am to blame for the missed regression.")]
    [InlineData("The blame lies with me and the plan I signed off.")]
    [InlineData("No one on the QA team is to blame; the call was mine.")]
    [InlineData("We're to blame, not the vendor.")]
    public void Review_TheWriterTakingTheBlame_IsNotFlagged(string sentence) =>
        Assert.DoesNotContain(ToneCategory.BlameShifting, Review.Categories(sentence, DraftKind.ExecUpdate));

    [Fact]
    public void Suggestion_ForTheVendorSaidToBeToBlame_NamesTheVendorAndOwnsTheChoice()
    {
        var finding = Assert.Single(
            ToneReviewer.Review("Frankly the hosting provider is mostly to blame here.", DraftKind.ExecUpdate).Findings,
            f => f.Category == ToneCategory.BlameShifting);

        Assert.Equal("We chose to rely on the hosting provider without a safeguard of our own, and that choice is ours to answer for.", finding.Suggestion);
    }

    [Fact]
    public void Suggestion_ForAnOutsideCause_KeepsTheFactsAndOwnsTheDependencyInWordsThatStandAlone()
    {
        const string Draft = "Our email provider pushed a throttling change that clashed with our batch job, so most of the delay was out of our hands.";

        var finding = Assert.Single(ToneReviewer.Review(Draft, DraftKind.ExecUpdate).Findings, f => f.Category == ToneCategory.BlameShifting);

        Assert.StartsWith("Our email provider pushed a throttling change that clashed with our batch job. ", finding.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("out of our hands", finding.Suggestion, StringComparison.Ordinal);
        Assert.DoesNotContain("that single", finding.Suggestion, StringComparison.Ordinal);
        Assert.Contains("our choice", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestion_ForAnOutsideCauseWithNoClauseBefore_StandsAlone()
    {
        var finding = Assert.Single(
            ToneReviewer.Review("The carrier's cable cut was completely outside of our control.", DraftKind.ExecUpdate).Findings,
            f => f.Category == ToneCategory.BlameShifting);

        Assert.Equal("Depending on an outside service without a safeguard of our own was our choice, and that is ours to answer for.", finding.Suggestion);
    }

    [Fact]
    public void RevisedDraft_WithAPartyToBlame_NoLongerBlamesIt()
    {
        const string Draft = "Search was down for 90 minutes on Monday. Frankly the hosting provider is mostly to blame here. Ana is adding a failover test by Friday.";

        var review = ToneReviewer.Review(Draft, DraftKind.TeamMessage);

        Assert.True(review.IsRevised);
        Assert.DoesNotContain("to blame", review.RevisedDraft, StringComparison.Ordinal);
        Assert.Contains("Search was down for 90 minutes on Monday.", review.RevisedDraft, StringComparison.Ordinal);
    }
}
