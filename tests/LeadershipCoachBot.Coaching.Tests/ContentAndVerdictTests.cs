using LeadershipCoachBot.Coaching.Tone;

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

    private const string ReadyUpdate = "Checkout failed for 12% of card payments between 09:10 and 10:05 UTC. " +
        "Moving card payments to the new gateway was my call, and I approved the cutover. " +
        "I assumed the sandbox matched production; its timeouts were ten times longer. " +
        "Lina is moving card traffic back to the old gateway now. ";

    [Theory]
    [InlineData("Next update at [when].", ToneCategory.MissingNextUpdate)]
    [InlineData("Next update at 11:00 UTC. We switch it back on once [the safeguard] is in place.", ToneCategory.MissingUncertainty)]
    public void Review_DraftWithABracketBlank_IsNeverReady(string tail, ToneCategory expected)
    {
        var review = ToneReviewer.Review(ReadyUpdate + tail, DraftKind.IncidentUpdate);

        Assert.Equal(ToneVerdict.Revise, review.Verdict);
        var blank = Assert.Single(review.Findings, f => f.Why.Contains("square brackets", StringComparison.Ordinal));
        Assert.Equal(expected, blank.Category);
        Assert.StartsWith("Fill in [", blank.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Next update at 11:00 UTC. Sorry [redacted] for the trouble.")]
    [InlineData("Next update at 11:00 UTC. The note said [...] and nothing more.")]
    public void Review_EditorialBrackets_AreNotBlanks(string tail)
    {
        Assert.Equal(ToneVerdict.Ready, ToneReviewer.Review(ReadyUpdate + tail, DraftKind.IncidentUpdate).Verdict);
    }

    [Fact]
    public void Review_RevisionReviewedAgain_AddsNoSecondCopyOfALine()
    {
        const string Draft = "I'm sorry the invoice run failed for a day. Moving it to the new renderer was my call, and I own it.";

        var first = ToneReviewer.Review(Draft, DraftKind.Apology);
        Assert.Contains("Next, I will [", first.RevisedDraft, StringComparison.Ordinal);
        var second = ToneReviewer.Review(first.RevisedDraft, DraftKind.Apology);

        Assert.Equal(ToneVerdict.Revise, second.Verdict);
        Assert.Contains(second.Findings, f => f.Category == ToneCategory.MissingNextSteps && f.Suggestion.StartsWith("Fill in [", StringComparison.Ordinal));
        var again = second.RevisedDraft;
        Assert.Equal(1, again.Split("Next, I will [").Length - 1);
    }
}
