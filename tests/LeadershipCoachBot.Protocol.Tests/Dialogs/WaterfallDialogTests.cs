using System.Text.Json;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class WaterfallDialogTests
{
    [Fact]
    public async Task Waterfall_ThreeSteps_RunInOrderOneReplyAtATime()
    {
        var seen = new List<string?>();
        var dialog = new WaterfallDialog("steps", [
            async (step, ct) => { await step.Context.SendActivityAsync("step 1", ct); return Dialog.EndOfTurn; },
            async (step, ct) => { seen.Add(step.GetResult<string>()); await step.Context.SendActivityAsync("step 2", ct); return Dialog.EndOfTurn; },
            async (step, ct) => { seen.Add(step.GetResult<string>()); return await step.EndDialogAsync("done", ct); },
        ]);
        var client = new DialogTestClient("test", dialog);

        Assert.Equal("step 1", (await client.SendActivityAsync("hi"))?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("step 2", (await client.SendActivityAsync("first"))?.Text);
        Assert.Null(await client.SendActivityAsync("second"));

        Assert.Equal(["first", "second"], seen);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("done", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task NextAsync_SkipsToNextStepInSameTurnWithItsResult()
    {
        var dialog = new WaterfallDialog("skip", [
            (step, ct) => step.NextAsync("from step 1", ct),
            async (step, ct) => { await step.Context.SendActivityAsync($"step 2 got {step.Result}", ct); return Dialog.EndOfTurn; },
        ]);
        var client = new DialogTestClient("test", dialog);

        var reply = await client.SendActivityAsync("hi");

        Assert.Equal("step 2 got from step 1", reply?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task NextAsync_CalledTwiceInOneStep_Throws()
    {
        var dialog = new WaterfallDialog("twice", [
            async (step, ct) => { await step.NextAsync(null, ct); return await step.NextAsync(null, ct); },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient("test", dialog);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));
    }

    [Fact]
    public async Task Values_AfterStorageRoundTrip_ReadBackTypedAndNumbersAsLong()
    {
        var storage = new Protocol.State.MemoryStorage();
        var conversationState = new Protocol.State.ConversationState(storage);
        object? rawCount = null;
        IncidentNotes? notes = null;
        var count = 0;
        var dialog = new WaterfallDialog("values", [
            (step, ct) =>
            {
                step.SetValue("count", 3);
                step.SetValue("notes", new IncidentNotes("Checkout outage", 42, ["rollback", "apology"]));
                return Task.FromResult(Dialog.EndOfTurn);
            },
            (step, ct) =>
            {
                rawCount = step.Values["count"];
                count = step.GetValue<int>("count");
                notes = step.GetValue<IncidentNotes>("notes");
                return step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(new TestAdapter(), dialog, conversationState: conversationState);

        await client.SendActivityAsync("start");
        var stored = await storage.ReadAsync(["test/conversations/Conversation1"]);
        await client.SendActivityAsync("next");

        var top = stored["test/conversations/Conversation1"]["DialogState"]!["dialogStack"]![0]!;
        Assert.Equal("values", (string?)top["id"]);
        Assert.Equal(0, (int?)top["state"]!["stepIndex"]);
        Assert.IsType<long>(rawCount);
        Assert.Equal(3, count);
        Assert.Equal("Checkout outage", notes?.Title);
        Assert.Equal(42, notes?.MinutesDown);
        Assert.Equal(["rollback", "apology"], notes?.Steps);
    }

    [Fact]
    public async Task CardSubmit_BecomesNextStepResult_ReadAsTypedRecord()
    {
        IncidentNotes? submitted = null;
        var dialog = new WaterfallDialog("card", [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) => { submitted = step.GetResult<IncidentNotes>(); return step.EndDialogAsync(null, ct); },
        ]);
        var client = new DialogTestClient("test", dialog);

        await client.SendActivityAsync("start");
        await client.SendCardSubmitAsync(new { title = "Bad migration", minutesDown = 90, steps = new[] { "own it" } });

        Assert.Equal("Bad migration", submitted?.Title);
        Assert.Equal(90, submitted?.MinutesDown);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task NonMessageActivity_DoesNotAdvanceTheWaterfall()
    {
        var dialog = new WaterfallDialog("wait", [
            async (step, ct) => { await step.Context.SendActivityAsync("step 1", ct); return Dialog.EndOfTurn; },
            async (step, ct) => { await step.Context.SendActivityAsync("step 2", ct); return Dialog.EndOfTurn; },
        ]);
        var client = new DialogTestClient("test", dialog);
        await client.SendActivityAsync("hi");

        var reply = await client.SendActivityAsync(new Activity { Type = ActivityTypes.Event, Name = "ping" });
        var next = await client.SendActivityAsync("go on");

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Equal("step 2", next?.Text);
    }

    [Fact]
    public async Task ExceptionInStep_Propagates_AndTheTurnIsNotSaved()
    {
        var attempts = 0;
        var dialog = new WaterfallDialog("boom", [
            async (step, ct) => { await step.Context.SendActivityAsync("step 1", ct); return Dialog.EndOfTurn; },
            (step, ct) => ++attempts == 1 ? throw new InvalidOperationException("step failed") : step.EndDialogAsync("recovered", ct),
        ]);
        var client = new DialogTestClient("test", dialog);
        await client.SendActivityAsync("hi");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("go"));
        await client.SendActivityAsync("again");

        Assert.Equal("step failed", error.Message);
        Assert.Equal(2, attempts);
        Assert.Equal("recovered", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task Options_AfterStorageRoundTrip_ReadBackTyped()
    {
        IncidentNotes? options = null;
        var dialog = new WaterfallDialog("options", [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            (step, ct) => { options = step.GetOptions<IncidentNotes>(); return step.EndDialogAsync(null, ct); },
        ]);
        var client = new DialogTestClient("test", dialog, new IncidentNotes("Reorg", 0, []));

        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("next");

        Assert.Equal("Reorg", options?.Title);
    }

    [Fact]
    public void GetValue_OfJsonNumber_ConvertsToRequestedType()
    {
        var values = new Dictionary<string, object>
        {
            ["n"] = JsonSerializer.SerializeToElement(7),
            ["l"] = 7L,
        };

        Assert.Equal(7, values.GetValue<int>("n"));
        Assert.Equal(7, values.GetValue<int>("l"));
        Assert.Equal(0, values.GetValue<int>("missing"));
    }
}
