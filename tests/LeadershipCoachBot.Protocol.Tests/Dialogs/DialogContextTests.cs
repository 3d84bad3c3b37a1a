using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Tests.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class DialogContextTests
{
    private readonly ConversationState _state = new(new MemoryStorage());
    private readonly TurnContext _turn = TestBotAdapter.NewTurn();

    [Fact]
    public async Task ContinueDialog_EmptyStack_ReturnsEmpty()
    {
        var dc = await NewSet().CreateContextAsync(_turn);

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task BeginDialog_UnknownId_ThrowsArgumentException()
    {
        var dc = await NewSet().CreateContextAsync(_turn);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("missing"));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginDialog_PushesOnTopOfStack()
    {
        var dc = await NewSet().CreateContextAsync(_turn);

        await dc.BeginDialogAsync("parent");
        await dc.PromptAsync("prompt", new PromptOptions { Prompt = Activity.CreateMessageActivity("?") });

        Assert.Equal(["prompt", "parent"], dc.Stack.Select(i => i.Id));
        Assert.Equal("prompt", dc.ActiveDialog?.Id);
    }

    [Fact]
    public async Task CancelAllDialogs_ClearsStack_ReturnsCancelled_ThenEmpty()
    {
        var dc = await NewSet().CreateContextAsync(_turn);
        await dc.BeginDialogAsync("parent");

        var cancelled = await dc.CancelAllDialogsAsync();
        var again = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(DialogTurnStatus.Empty, again.Status);
    }

    [Fact]
    public async Task ReplaceDialog_DoesNotResumeTheParent()
    {
        var resumed = false;
        var set = NewSet().Add(new WaterfallDialog("outer", [
            (step, ct) => step.BeginDialogAsync("parent", null, ct),
            (step, ct) => { resumed = true; return step.EndDialogAsync(null, ct); },
        ]));
        var dc = await set.CreateContextAsync(_turn);
        await dc.BeginDialogAsync("outer");

        await dc.ReplaceDialogAsync("prompt", new PromptOptions());

        Assert.False(resumed);
        Assert.Equal(["prompt", "outer"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public void DialogSet_AddDifferentDialogWithTakenId_Throws()
    {
        var set = NewSet();

        Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("prompt")));
    }

    [Fact]
    public async Task DialogSet_WithoutAccessor_CannotCreateContext()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(_turn));
    }

    private DialogSet NewSet() =>
        new DialogSet(_state.CreateProperty<DialogState>("DialogState"))
            .Add(new WaterfallDialog("parent", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]))
            .Add(new TextPrompt("prompt"));
}
