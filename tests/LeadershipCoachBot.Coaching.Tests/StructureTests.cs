using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// Each structural idea the review reads, in both directions: quoted speech, the subject of a causal sentence,
/// the draft's voice, tense and time, negation and hedges, and a product or company name versus a person.
/// </summary>
public class StructureTests
{
    [Theory]
    [InlineData("Last week I told you \"this cannot possibly happen again\", and I was wrong to say it.", false)]
    [InlineData("Last week I told you this cannot possibly happen again, and I'm saying it once more.", true)]
    public void Review_QuotedSpeech_IsNotJudgedAsTheWritersWords(string draft, bool flagged)
    {
        Assert.Equal(flagged, Review.Categories(draft, DraftKind.TeamMessage).Contains(ToneCategory.Overpromising));
    }

    [Theory]
    [InlineData("We had a \"small glitch\" on Monday, as the status page put it.", true)]
    [InlineData("The status page said \"a small glitch on Monday affected some users\"; it was a four-hour outage.", false)]
    public void Review_ScareQuotes_StayTheWritersWordsButQuotedSentencesDoNot(string draft, bool flagged)
    {
        Assert.Equal(flagged, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.Hiding));
    }

    [Theory]
    [InlineData("Some people have called it a minor glitch; it was a four-hour outage for every customer.", false)]
    [InlineData("It was a minor glitch; the outage lasted four hours for every customer.", true)]
    public void Review_ReportedSpeech_IsNotJudgedAsTheWritersWords(string draft, bool flagged)
    {
        Assert.Equal(flagged, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.Hiding));
    }

    [Fact]
    public void Review_RevisedDraft_KeepsQuotedSpeechWordForWord()
    {
        const string Quote = "\"nothing will ever go wrong with this release\"";
        var draft = $"The vendor told us {Quote} and we believed them. This will never happen again.";

        var review = ToneReviewer.Review(draft, DraftKind.IncidentUpdate);

        Assert.Contains(Quote, review.RevisedDraft, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_RevisedDraft_ReplacesOnlyTheBlamingClauseWhenTheSentenceAlsoCarriesTheImpact()
    {
        const string Draft = "I'm sorry for Tuesday. The vendor's API changed without notice, and our sync broke for most of the day. " +
            "Honestly, I'm not sure I should be leading this project.";

        var review = ToneReviewer.Review(Draft, DraftKind.Apology);

        Assert.Contains(review.Findings, f => f.Category == ToneCategory.BlameShifting);
        Assert.Contains(review.Findings, f => f.Category == ToneCategory.ShameSpiral);
        Assert.Contains("our sync broke for most of the day", review.RevisedDraft, StringComparison.Ordinal);
        Assert.DoesNotContain("without notice", review.RevisedDraft, StringComparison.Ordinal);
        Assert.DoesNotContain("leading this project", review.RevisedDraft, StringComparison.Ordinal);
        var again = ToneReviewer.Review(review.RevisedDraft, DraftKind.Apology).Findings.Select(f => f.Category).ToHashSet();
        Assert.DoesNotContain(ToneCategory.BlameShifting, again);
        Assert.DoesNotContain(ToneCategory.ShameSpiral, again);
    }

    [Theory]
    [InlineData("The outage was caused by one of our hosting providers.", true)]
    [InlineData("The outage was caused by our own restore script.", false)]
    [InlineData("Relying on one hosting provider was our call. The outage was caused by that provider.", false)]
    [InlineData("The root cause was a fault in our payment partner's gateway.", true)]
    [InlineData("The root cause was a fault in the retry logic we wrote.", false)]
    public void Review_CausalSentence_BlamesOnlyWhenItsSubjectIsAnotherPartyNobodyOwns(string draft, bool blamed)
    {
        Assert.Equal(blamed, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.BlameShifting));
    }

    [Theory]
    [InlineData("Priya skipped the canary stage and shipped to every store.", true)]
    [InlineData("The Jenkins pipeline skipped the canary stage and shipped to every store.", false)]
    [InlineData("We were hit by a Northwind outage which resulted in failed logins.", true)]
    [InlineData("We were hit by an outage which resulted in failed logins.", false)]
    public void Review_CapitalisedName_IsAPersonOrCompanyOnlyWhereItActsAsOne(string draft, bool blamed)
    {
        Assert.Equal(blamed, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.BlameShifting));
    }

    [Theory]
    [InlineData("I can confirm payments moved to the new cluster. It failed for two hours.", "my decision")]
    [InlineData("We moved payments to the new cluster. It failed for two hours.", "our decision")]
    [InlineData("Payments moved to the new cluster. The service failed for two hours.", "our decision")]
    public void Review_MissingOwnership_IsSuggestedInTheDraftsVoice(string draft, string words)
    {
        var review = ToneReviewer.Review(draft, DraftKind.ExecUpdate);

        var ownership = Assert.Single(review.Findings, f => f.Category == ToneCategory.MissingOwnership);
        Assert.Contains(words, ownership.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We are not rolling anything back yet; the flag is off while we look.", false)]
    [InlineData("We are rolling every service back tonight, all of it, for good.", true)]
    [InlineData("I deleted the test branch by accident and restored it within minutes.", false)]
    [InlineData("I've decided to delete all the old releases tonight.", true)]
    [InlineData("The root cause: the old index was permanently removed by the rebuild script, every shard of it.", false)]
    [InlineData("We are permanently removing the new checkout from every market tonight.", true)]
    [InlineData("We shut down the whole legacy billing platform for good years ago, as planned.", false)]
    public void Review_Reversal_NegatedOrPastAccidentIsNotPanic(string draft, bool panic)
    {
        Assert.Equal(panic, Review.Categories(draft, DraftKind.TeamMessage).Contains(ToneCategory.PanicReversal));
    }

    [Theory]
    [InlineData("The restore took longer than I expected, and it is done.", false)]
    [InlineData("I expected the replica to keep up under peak load; it didn't.", true)]
    [InlineData("I should have dug through the logs before replying.", true)]
    public void Review_Learning_IsAWrongAssumptionNotASurprise(string draft, bool learned)
    {
        Assert.Equal(learned, !Review.Categories(draft, DraftKind.ExecUpdate).Contains(ToneCategory.MissingLearning));
    }

    [Theory]
    [InlineData("The server is up again and hopefully won't fall over again.", false)]
    [InlineData("The server is up again and won't fall over again.", true)]
    public void Review_HedgedForecast_IsNotAPromise(string draft, bool promised)
    {
        Assert.Equal(promised, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.Overpromising));
    }

    [Theory]
    [InlineData("Unknown: how the attacker got in. No customer data was accessed.", true)]
    [InlineData("We closed the investigation on Friday. No customer data was accessed.", false)]
    public void Review_CertaintyAboutWhatIsUnaffected_IsOverpromisingOnlyWhileQuestionsAreOpen(string draft, bool flagged)
    {
        Assert.Equal(flagged, Review.Categories(draft, DraftKind.IncidentUpdate).Contains(ToneCategory.Overpromising));
    }

    [Theory]
    [InlineData("Checkout failed between 09:10 and 11:40 for card payments.", true)]
    [InlineData("The team worked between Monday and Friday on the plan.", false)]
    [InlineData("We expect to roll out the fix within the next hour.", true)]
    public void Review_TimeWindowsAndProgressiveSteps_CountAsImpactAndNextSteps(string draft, bool present)
    {
        var found = Review.Categories(draft, DraftKind.IncidentUpdate);
        var element = draft.Contains("roll out", StringComparison.Ordinal) ? ToneCategory.MissingNextSteps : ToneCategory.MissingImpact;
        Assert.Equal(present, !found.Contains(element));
    }

    [Theory]
    [InlineData("We failed on our promise to keep your data safe.", true)]
    [InlineData("We failed over to the second region in four minutes.", false)]
    public void Review_CompanyVoiceAdmission_CountsAsOwnership(string draft, bool owned)
    {
        Assert.Equal(owned, !Review.Categories(draft, DraftKind.Apology).Contains(ToneCategory.MissingOwnership));
    }
}
