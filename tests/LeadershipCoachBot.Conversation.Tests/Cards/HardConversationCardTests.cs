using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

public sealed class HardConversationCardTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("We lost a day of orders for 200 customers", null, true)]
    [InlineData("We lost a day of orders for 200 customers", "I will call each customer myself", false)]
    public void Create_MentionsBracketsOnlyWhenTheDraftHasThem(string? happened, string? commitment, bool hasBrackets)
    {
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(HardConversationKind.NoComingBack, happened, commitment));
        var attachment = HardConversationCard.Create(plan, "No coming back", ToneReviewer.Review(plan.Draft, plan.DraftKind));
        AdaptiveCardRecorder.Record(attachment);

        var text = CardText.Of(new Activity { Attachments = [attachment] });

        Assert.Equal(hasBrackets, plan.Draft.Contains('[', StringComparison.Ordinal));
        Assert.Equal(hasBrackets, text.Contains("[brackets]", StringComparison.Ordinal));
    }
}
