using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Conversation.Tests.Dialogs;

namespace LeadershipCoachBot.Conversation.Tests;

public sealed class ReviewRoutingTests
{
    private readonly CoachBotHarness _harness = new();

    [Theory]
    [InlineData("review")]
    [InlineData("Review a draft")]
    [InlineData(" check my draft ")]
    public async Task ReviewWords_StartTheDraftReview(string text)
    {
        var sent = await _harness.SayAsync(text);

        Assert.Contains(ReviewDraftDialog.KindQuestion, CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeCardReviewButton_StartsTheDraftReview()
    {
        var sent = await _harness.PressAsync(new Dictionary<string, string> { [CardActions.Field] = CardActions.Review });

        Assert.Contains(ReviewDraftDialog.KindQuestion, CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeReview_ThroughTheBot_EndsWithTheReviewCardAndThenRoutesAgain()
    {
        await _harness.SayAsync("review");
        await _harness.PressAsync(new { choice = "Update to executives" });

        var result = await _harness.PressAsync(new Dictionary<string, string> { [ReviewDraftDialog.DraftInputId] = ReviewDraftDialogTests.BlameSentence });
        var again = await _harness.PressAsync(new Dictionary<string, string> { [CardActions.Field] = CardActions.Review });

        Assert.Contains("Shifting blame", CardText.Of(Assert.Single(result)), StringComparison.Ordinal);
        Assert.Contains(ReviewDraftDialog.KindQuestion, CardText.Of(Assert.Single(again)), StringComparison.Ordinal);
    }
}
