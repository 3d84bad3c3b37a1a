using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.MessageActions;

public sealed class ToneReviewDialogCardTests
{
    private const int MaxCardBytes = 28 * 1024;

    [Fact]
    public void Create_LongestEditableMessageWithManyFindings_StaysUnderTheCardSizeLimit()
    {
        var builder = new StringBuilder();
        while (builder.Length < ToneReviewDialogCard.MaxEditableLength - 120)
        {
            // Each copy names its own queue: a finding repeated on the same words is reported once.
            var queue = builder.Length;
            builder.Append($"Mistakes were made when queue {queue} filled up overnight. Queue {queue} will never fill up again, and \"quotes\" <stay> escaped. ");
        }

        var draft = builder.ToString().Trim();
        var review = ToneReviewer.Review(draft);

        var card = ToneReviewDialogCard.Create(review, draft);

        Assert.True(draft.Length <= ToneReviewDialogCard.MaxEditableLength);
        Assert.True(review.Findings.Count > 10, $"only {review.Findings.Count} findings: the draft must fill the card");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(card.Content);
        Assert.True(bytes.Length < MaxCardBytes, $"the dialog card is {bytes.Length} bytes");
        var box = card.Content!.Value.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out _));
        Assert.Equal(draft, box.GetProperty("value").GetString());
        AdaptiveCardRecorder.Record(card);
    }

    [Fact]
    public void Create_TheReviewCardsOwnButtonAndTeamsWidthAreReplacedByTheDialogsButtons()
    {
        var card = ToneReviewDialogCard.Create(ToneReviewer.Review("We paused the rollout at noon."), "We paused the rollout at noon.").Content!.Value;

        Assert.False(card.TryGetProperty("msteams", out _));
        Assert.Equal(
            [ToneReviewDialogCard.ReviewAgainTitle, ToneReviewDialogCard.InsertTitle, ToneReviewDialogCard.SendPrivatelyTitle],
            card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.All(card.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
    }
}
