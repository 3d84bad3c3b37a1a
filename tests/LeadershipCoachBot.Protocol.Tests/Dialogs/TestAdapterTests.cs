using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class TestAdapterTests
{
    [Fact]
    public async Task TestFlow_WaterfallOverConversationState_RunsTheScript()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("DialogState"));
        dialogs.Add(new WaterfallDialog("test", [
            async (step, ct) => { await step.Context.SendActivityAsync("step1", ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync($"step2 after {step.Result}", ct); return Dialog.EndOfTurn; },
        ]));

        await new TestFlow(new TestAdapter(), async (turnContext, ct) =>
            {
                var dc = await dialogs.CreateContextAsync(turnContext, ct);
                var result = await dc.ContinueDialogAsync(ct);
                if (result.Status == DialogTurnStatus.Empty)
                {
                    await dc.BeginDialogAsync("test", null, ct);
                }

                await conversationState.SaveChangesAsync(turnContext, force: false, ct);
            })
            .Send("hello").AssertReply("step1")
            .Send("again").AssertReply("step2 after again")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task TestFlow_WrongReply_FailsTheTest()
    {
        var flow = new TestFlow(new TestAdapter(), (turnContext, ct) => turnContext.SendActivityAsync("pong", ct))
            .Send("ping").AssertReply("something else");

        await Assert.ThrowsAsync<Xunit.Sdk.EqualException>(() => flow.StartTestAsync());
    }

    [Fact]
    public async Task ProcessActivity_FillsRoutingFields_AndRepliesComeBackAddressed()
    {
        var adapter = new TestAdapter("msteams");
        Activity? inbound = null;

        await adapter.SendTextToBotAsync("hi", (turnContext, ct) =>
        {
            inbound = turnContext.Activity;
            return turnContext.SendActivityAsync("hello", ct);
        });
        var reply = adapter.GetNextReply();

        Assert.Equal("msteams", inbound?.ChannelId);
        Assert.Equal("user1", inbound?.From?.Id);
        Assert.Equal("bot", inbound?.Recipient?.Id);
        Assert.Equal("Conversation1", inbound?.Conversation?.Id);
        Assert.Equal("bot", reply?.From?.Id);
        Assert.Equal("user1", reply?.Recipient?.Id);
        Assert.Equal(inbound?.Id, reply?.ReplyToId);
        Assert.Equal("reply-1", reply?.Id);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task UpdateAndDelete_ChangeTheQueuedReplies()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hi", async (turnContext, ct) =>
        {
            var first = await turnContext.SendActivityAsync("draft v1", ct);
            var second = await turnContext.SendActivityAsync("to delete", ct);
            var update = Activity.CreateMessageActivity("draft v2");
            update.Id = first.Id;
            await turnContext.UpdateActivityAsync(update, ct);
            await turnContext.DeleteActivityAsync(second.Id!, ct);
        });

        Assert.Equal(["draft v2"], adapter.ActiveQueue.Select(a => a.Text));
    }

    [Fact]
    public async Task TraceActivities_AreDroppedUnlessAskedFor()
    {
        var adapter = new TestAdapter();

        await adapter.SendTextToBotAsync("hi", (turnContext, ct) =>
            turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "BotState" }, ct));

        Assert.Empty(adapter.ActiveQueue);
    }
}
