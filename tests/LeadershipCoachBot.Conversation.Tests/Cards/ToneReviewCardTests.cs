using System.Text;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

public sealed class ToneReviewCardTests
{
    [Fact]
    public void Create_ManyLongFindings_ShowsTenCountsTheRestAndStaysSmall()
    {
        var quote = new string('x', 5000);
        var findings = Enumerable.Range(0, 14)
            .Select(i => new ToneFinding(ToneCategory.Hiding, FindingSeverity.High, "Readers notice what is left out.", new string('y', 5000), 1, 0, quote.Length, quote))
            .ToList();

        var attachment = ToneReviewCard.Create(new ToneReview(DraftKind.ExecUpdate, false, findings, []));
        AdaptiveCardRecorder.Record(attachment);

        var json = attachment.Content!.Value.GetRawText();
        var text = CardText.Of(attachment.Content!.Value);
        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"The card is {json.Length} characters.");
        Assert.Equal(ToneReviewCard.MaxFindingsShown, text.Split('\n').Count(line => line.StartsWith("**Hiding**", StringComparison.Ordinal)));
        Assert.Contains("And 4 more findings.", text, StringComparison.Ordinal);
        Assert.Contains("Revise before sending", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RevisedReview_ShowsTheRevisedDraftWithAReviewAgainButtonCarryingIt()
    {
        var review = ToneReviewer.Review(DraftRevisedWithoutBlanks, DraftKind.ExecUpdate);
        Assert.True(review.IsRevised);
        Assert.False(ToneReviewCard.HasBlankToFill(review));

        var attachment = ToneReviewCard.Create(review);
        AdaptiveCardRecorder.Record(attachment);

        var card = attachment.Content!.Value;
        Assert.Contains("Revised draft", CardText.Of(card), StringComparison.Ordinal);
        Assert.Contains(review.RevisedDraft, CardText.Of(card), StringComparison.Ordinal);
        var again = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == ToneReviewCard.ReviewAgainTitle);
        Assert.Equal(CardActions.Review, again.GetProperty("data").GetProperty(CardActions.Field).GetString());
        Assert.Equal(review.RevisedDraft, again.GetProperty("data").GetProperty(ReviewAgainSubmit.DraftField).GetString());
        Assert.Equal("exec-update", again.GetProperty("data").GetProperty(ReviewAgainSubmit.KindField).GetString());
    }

    public const string DraftRevisedWithoutBlanks =
        "Checkout failed for two hours on Tuesday after the queue switch I approved. That call was mine. What I got wrong: I assumed the new queue would take peak load. " +
        "The QA team should have caught it. Next, I will run a load rehearsal on Thursday. Still unknown: whether any order was charged twice. Next update at 16:00 UTC.";

    public const string DraftLeavingBlanks =
        "Checkout failed for two hours on Tuesday after the queue switch I approved. That call was mine. We rolled back and orders are flowing again.";

    [Fact]
    public void Create_RevisedDraftWithABlank_OffersItInABoxToFill_AndReviewAgainSendsTheBox()
    {
        var review = ToneReviewer.Review(DraftLeavingBlanks, DraftKind.ExecUpdate);
        Assert.Contains("[time]", review.RevisedDraft, StringComparison.Ordinal);

        var attachment = ToneReviewCard.Create(review, DraftLeavingBlanks);
        AdaptiveCardRecorder.Record(attachment);

        var card = attachment.Content!.Value;
        var box = CardInputs.All(card).Single(i => i.GetProperty("id").GetString() == ReviewAgainSubmit.EditedDraftField);
        Assert.Equal("Input.Text", box.GetProperty("type").GetString());
        Assert.Equal(review.RevisedDraft, box.GetProperty("value").GetString());
        Assert.True(box.GetProperty("isMultiline").GetBoolean());
        Assert.False(box.TryGetProperty("isRequired", out _));
        var again = card.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == ToneReviewCard.ReviewAgainTitle);
        Assert.False(again.GetProperty("data").TryGetProperty(ReviewAgainSubmit.DraftField, out _));
        Assert.Equal("exec-update", again.GetProperty("data").GetProperty(ReviewAgainSubmit.KindField).GetString());
        Assert.True(Encoding.UTF8.GetByteCount(card.GetRawText()) < 28 * 1024);
    }

    [Fact]
    public void Create_RevisedDraftWithoutABlank_HasNoBoxToFill()
    {
        var review = ToneReviewer.Review(DraftRevisedWithoutBlanks, DraftKind.ExecUpdate);

        var card = ToneReviewCard.Create(review).Content!.Value;

        Assert.DoesNotContain("[", review.RevisedDraft, StringComparison.Ordinal);
        Assert.DoesNotContain(CardInputs.All(card), i => i.GetProperty("id").GetString() == ReviewAgainSubmit.EditedDraftField);
    }

    /// <summary>The longest revised draft, shown as text or (with a blank to fill) in a box.</summary>
    [Theory]
    [InlineData("We changed the import and it failed \"for everyone\". ")]
    [InlineData("We changed the import and it failed. Next update at [time]. ")]
    public void Create_LongestRevisedDraftAndManyLongFindings_StaysUnder28Kilobytes(string sentence)
    {
        var quote = new string('x', 5000);
        var findings = Enumerable.Range(0, 14)
            .Select(i => new ToneFinding(ToneCategory.Hiding, FindingSeverity.High, "Readers notice what is left out.", new string('y', 5000), 1, 0, quote.Length, quote))
            .ToList();
        var revised = string.Concat(Enumerable.Repeat(sentence, 200))[..ToneReviewCard.MaxRevisedLength];

        var attachment = ToneReviewCard.Create(new ToneReview(DraftKind.ExecUpdate, false, findings, [], revised) { IsRevised = true });
        AdaptiveCardRecorder.Record(attachment);

        var json = attachment.Content!.Value.GetRawText();
        Assert.True(Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"The card is {Encoding.UTF8.GetByteCount(json)} bytes.");
        Assert.Contains(ToneReviewCard.ReviewAgainTitle, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RevisedDraftTooLongForACard_LeavesItOut()
    {
        var revised = new string('z', ToneReviewCard.MaxRevisedLength + 1);

        var json = ToneReviewCard.Create(new ToneReview(DraftKind.ExecUpdate, false, [], [], revised) { IsRevised = true }).Content!.Value.GetRawText();

        Assert.DoesNotContain(ToneReviewCard.ReviewAgainTitle, json, StringComparison.Ordinal);
        Assert.Contains(ToneReviewCard.ReviewAnotherTitle, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Apology_ListsThePartsPresentAndMissing()
    {
        var review = new ToneReview(DraftKind.Apology, true, [], [ApologyComponent.ExpressionOfRegret, ApologyComponent.OfferOfRepair]);

        var text = CardText.Of(ToneReviewCard.Create(review).Content!.Value);

        Assert.Contains("Apology (guessed)", text, StringComparison.Ordinal);
        Assert.Contains("Regret\nPresent", text, StringComparison.Ordinal);
        Assert.Contains("Offer to repair\nPresent", text, StringComparison.Ordinal);
        Assert.Contains("Owning it\nNot there; worth adding", text, StringComparison.Ordinal);
        Assert.Contains("Asking forgiveness\nNot there; worth adding", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NotAnApology_HasNoApologyParts()
    {
        var text = CardText.Of(ToneReviewCard.Create(new ToneReview(DraftKind.TeamMessage, false, [], [])).Content!.Value);

        Assert.Contains("Ready to send", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Apology parts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StructuralFinding_HasNoQuoteBlock()
    {
        var finding = new ToneFinding(ToneCategory.MissingNextSteps, FindingSeverity.Medium, "Say what happens next.", "Add: Next, we will ...");

        var card = ToneReviewCard.Create(new ToneReview(DraftKind.ExecUpdate, false, [finding], [])).Content!.Value;

        var text = CardText.Of(card);
        Assert.Contains("**Missing: next steps** (medium)", text, StringComparison.Ordinal);
        Assert.Contains("**Try:** Add: Next, we will ...", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u201C", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ReviewAnotherButton_SendsTheReviewAction()
    {
        var card = ToneReviewCard.Create(new ToneReview(DraftKind.TeamMessage, false, [], [])).Content!.Value;

        var action = Assert.Single(card.GetProperty("actions").EnumerateArray());
        Assert.Equal(ToneReviewCard.ReviewAnotherTitle, action.GetProperty("title").GetString());
        Assert.Equal(CardActions.Review, action.GetProperty("data").GetProperty(CardActions.Field).GetString());
        Assert.Equal(AdaptiveCard.ContentType, ToneReviewCard.Create(new ToneReview(DraftKind.TeamMessage, false, [], [])).ContentType);
    }

    [Fact]
    public void Create_EveryCategory_HasItsOwnLabel()
    {
        var labels = Enum.GetValues<ToneCategory>().Select(ToneReviewLabels.Category).ToList();

        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Create_ReadyApologyWithAGap_SaysWorthAddingNotMissing()
    {
        var gap = new ToneFinding(ToneCategory.MissingNextSteps, FindingSeverity.Low, "Say what happens next.", "Add: \"I will check the rota with you on Friday.\"");
        var review = new ToneReview(DraftKind.Apology, false, [gap], [ApologyComponent.AcknowledgementOfResponsibility, ApologyComponent.ExpressionOfRegret], "Draft.");
        Assert.Equal(ToneVerdict.Ready, review.Verdict);

        var attachment = ToneReviewCard.Create(review);
        AdaptiveCardRecorder.Record(attachment);

        var text = CardText.Of(attachment.Content!.Value);
        Assert.Contains("Ready to send", text, StringComparison.Ordinal);
        Assert.Contains("**Optional, worth adding: next steps**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Missing", text, StringComparison.Ordinal);
        Assert.Contains("worth adding", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ApologyToRevise_StillSaysMissing()
    {
        var gap = new ToneFinding(ToneCategory.MissingOwnership, FindingSeverity.Medium, "Own the call.", "Add: \"The call was mine.\"");
        var review = new ToneReview(DraftKind.Apology, false, [gap], [ApologyComponent.ExpressionOfRegret], "Draft.");

        var attachment = ToneReviewCard.Create(review);
        AdaptiveCardRecorder.Record(attachment);

        var text = CardText.Of(attachment.Content!.Value);
        Assert.Contains("Revise before sending", text, StringComparison.Ordinal);
        Assert.Contains("**Missing: ownership**", text, StringComparison.Ordinal);
        Assert.Contains("Owning it\nMissing", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RepeatedFinding_SaysHowManyTimes()
    {
        var finding = new ToneFinding(ToneCategory.Hiding, FindingSeverity.High, "Name what happened.", "Say what failed.", 1, 0, 10, "minor blip", Occurrences: 4);

        var attachment = ToneReviewCard.Create(new ToneReview(DraftKind.ExecUpdate, false, [finding], [], "Draft."));
        AdaptiveCardRecorder.Record(attachment);

        Assert.Contains("**Hiding** (high, 4 times in the draft)", CardText.Of(attachment.Content!.Value), StringComparison.Ordinal);
    }
}
