using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

/// <summary>An optional question's box is never marked required: Teams would draw a required star and refuse Next.</summary>
public sealed class OptionalInputTests
{
    [Fact]
    public void SkippableQuestionCard_Input_IsNotRequired()
    {
        var card = SkippableQuestionCard.Create(new SkippableQuestion("A title", "What happened?", "whatHappened", "e.g. the switch failed", 500));
        AdaptiveCardRecorder.Record(card);

        var input = card.Content!.Value.GetProperty("body")[1];
        Assert.Equal("Input.Text", input.GetProperty("type").GetString());
        Assert.False(input.TryGetProperty("isRequired", out _));
        Assert.Contains("Optional", CardText.Of(card.Content!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public void TriageSummaryQuestion_Input_IsNotRequired()
    {
        var card = TriageQuestionCard.CreateSummaryQuestion("What is happening?", "summary", "skip");
        AdaptiveCardRecorder.Record(card);

        var input = card.Content!.Value.GetProperty("body")[1];
        Assert.Equal("Input.Text", input.GetProperty("type").GetString());
        Assert.False(input.TryGetProperty("isRequired", out _));
    }
}
