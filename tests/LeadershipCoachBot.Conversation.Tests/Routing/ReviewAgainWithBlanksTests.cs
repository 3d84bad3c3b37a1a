using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Tests.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

/// <summary>A revised draft with a blank left: the leader fills it in the card's box and reviews it again.</summary>
public sealed class ReviewAgainWithBlanksTests
{
    private const string Filled =
        "Checkout failed for two hours on Tuesday after the queue switch I approved. That call was mine. We rolled back and orders are flowing again. " +
        "What I got wrong: I assumed the new queue would take peak load without a rehearsal. Next, I will run a load rehearsal on Thursday before we try again. " +
        "Still unknown: whether any order was charged twice. Next update at 16:00 UTC.";

    private readonly CoachBotHarness _harness = new();

    [Fact]
    public async Task ReviewAgain_WithTheBlanksFilledInTheBox_ReviewsTheFilledText()
    {
        var first = Assert.Single(await _harness.SayAsync("review: " + ToneReviewCardTests.DraftLeavingBlanks));
        Assert.Contains(ReviewAgainSubmit.EditedDraftField, first.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);

        var again = Assert.Single(await _harness.PressAsync(CardActionData.Of(first, ToneReviewCard.ReviewAgainTitle, new() { [ReviewAgainSubmit.EditedDraftField] = Filled })));

        var json = again.Attachments![0].Content!.Value.GetRawText();
        var said = CardText.Of(again);
        Assert.Contains("Ready to send", said, StringComparison.Ordinal);
        Assert.DoesNotContain("[time]", said, StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewAgainSubmit.EditedDraftField, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewAgain_BoxLeftAsItWas_SaysTheBlanksAreStillThere()
    {
        var first = Assert.Single(await _harness.SayAsync("review: " + ToneReviewCardTests.DraftLeavingBlanks));
        var revised = first.Attachments![0].Content!.Value.GetRawText();

        var again = Assert.Single(await _harness.PressAsync(CardActionData.Of(first, ToneReviewCard.ReviewAgainTitle, new() { [ReviewAgainSubmit.EditedDraftField] = CardInputs.ValueOf(first, ReviewAgainSubmit.EditedDraftField) })));

        Assert.Contains("Revise before sending", CardText.Of(again), StringComparison.Ordinal);
        Assert.Contains("with the real detail, or take the line out", CardText.Of(again), StringComparison.Ordinal);
        Assert.Contains(ReviewAgainSubmit.EditedDraftField, revised, StringComparison.Ordinal);
    }
}
