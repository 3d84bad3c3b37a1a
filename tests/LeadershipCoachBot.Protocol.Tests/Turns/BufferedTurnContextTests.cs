using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

public sealed class BufferedTurnContextTests
{
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task Sends_AreHeldUntilFlush_ThenGoOutInOrder()
    {
        var buffered = new BufferedTurnContext(new TurnContext(_adapter, _adapter.MakeActivity("hi")));

        await buffered.SendActivityAsync("first");
        await buffered.SendActivityAsync("second");
        Assert.Null(_adapter.GetNextReply());
        Assert.True(buffered.Responded);
        Assert.Equal(2, buffered.PendingCount);

        await buffered.FlushAsync(default);

        Assert.Equal("first", _adapter.GetNextReply()?.Text);
        Assert.Equal("second", _adapter.GetNextReply()?.Text);
        Assert.Equal(0, buffered.PendingCount);
    }

    [Fact]
    public async Task Discard_DropsEverythingHeld()
    {
        var buffered = new BufferedTurnContext(new TurnContext(_adapter, _adapter.MakeActivity("hi")));
        await buffered.SendActivityAsync("the next question");
        await buffered.DeleteActivityAsync("reply-0");

        buffered.Discard();
        await buffered.FlushAsync(default);

        Assert.Null(_adapter.GetNextReply());
        Assert.Empty(_adapter.SentActivities);
    }

    [Fact]
    public async Task TraceOnly_IsNotAResponse()
    {
        var buffered = new BufferedTurnContext(new TurnContext(_adapter, _adapter.MakeActivity("hi")));

        await buffered.SendActivityAsync(new Activity { Type = ActivityTypes.Trace });

        Assert.False(buffered.Responded);
    }
}
