using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Coaching.Tests;

public class ContentAndVerdictTests
{
    [Theory]
    [InlineData("Best regards,\nDana Reyes\nHead of Platform")]
    [InlineData("Hi all,")]
    [InlineData("Thanks!\n\n-- Sam")]
    [InlineData("@everyone")]
    public void HasContent_GreetingOrSignatureOnly_IsFalse(string draft)
    {
        Assert.False(ToneReviewer.HasContent(draft));
    }

    [Theory]
    [InlineData("Hi all,\nThe export is fixed.")]
    [InlineData("Update Friday.")]
    [InlineData("Sorry.")]
    [InlineData("Hi team, the outage is over.\n\nThanks,\nSam")]
    public void HasContent_AnyRealSentence_IsTrue(string draft)
    {
        Assert.True(ToneReviewer.HasContent(draft));
    }

    [Theory]
    [InlineData("Team, the rota is changing on Monday and I'm sorry it came late.")]
    [InlineData("Hi all - a note on the release and what happens next.")]
    [InlineData("@everyone the old builds are gone.")]
    public void Review_SalutationToATeam_IsGuessedATeamMessage(string draft)
    {
        Assert.Equal(DraftKind.TeamMessage, ToneReviewer.Review(draft).Kind);
    }

    [Fact]
    public void Review_StrongUpdateWithOneMediumGap_IsReady()
    {
        const string Draft = "Checkout failed for 12% of card payments between 09:10 and 10:05 UTC. " +
            "Moving card payments to the new gateway was my call, and I approved the cutover. " +
            "I assumed the sandbox matched production; its timeouts were ten times longer. " +
            "Lina is moving card traffic back to the old gateway now. " +
            "Next update at 11:00 UTC.";

        var review = ToneReviewer.Review(Draft, DraftKind.IncidentUpdate);

        var gap = Assert.Single(review.Findings);
        Assert.Equal(ToneCategory.MissingUncertainty, gap.Category);
        Assert.Equal(FindingSeverity.Low, gap.Severity);
        Assert.Equal(ToneVerdict.Ready, review.Verdict);
    }

    [Fact]
    public void Review_UpdateWithTwoMediumGaps_StaysRevise()
    {
        const string Draft = "Checkout failed for 12% of card payments between 09:10 and 10:05 UTC. " +
            "Moving card payments to the new gateway was my call, and I approved the cutover. " +
            "I assumed the sandbox matched production; its timeouts were ten times longer. " +
            "Lina is moving card traffic back to the old gateway now.";

        Assert.Equal(ToneVerdict.Revise, ToneReviewer.Review(Draft, DraftKind.IncidentUpdate).Verdict);
    }

    [Theory]
    [InlineData("We moved invoices to the new renderer on Monday and they failed for a day. Nadia is fixing the template by Friday.", FindingSeverity.Low)]
    [InlineData("I can confirm invoices moved to the new renderer on Monday and they failed for a day. Nadia is fixing the template by Friday.", FindingSeverity.High)]
    public void Review_MissingOwnershipInPluralVoice_IsNotHigh(string draft, FindingSeverity expected)
    {
        var review = ToneReviewer.Review(draft, DraftKind.TeamMessage);

        Assert.Equal(expected, Assert.Single(review.Findings, f => f.Category == ToneCategory.MissingOwnership).Severity);
    }
}
