using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Routing;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

public sealed class IntentRoutesTests
{
    [Theory]
    [InlineData("we need an all-hands about the outage", RecoveryPart.AllHands)]
    [InlineData("town hall tomorrow about the failed launch", RecoveryPart.AllHands)]
    [InlineData("what safeguards should we put in", RecoveryPart.Safeguards)]
    [InlineData("help me plan the recovery", null)]
    public void Recovery_TheWordsNameAPart_StartsTheKitAtThatPart(string request, RecoveryPart? part)
    {
        var route = IntentRoutes.For(new IntentMatch(CoachIntent.Recovery, 6), request);

        Assert.Equal(nameof(RecoveryKitDialog), route.DialogId);
        Assert.Equal(new RecoveryKitOptions(part), route.Options);
    }
}
