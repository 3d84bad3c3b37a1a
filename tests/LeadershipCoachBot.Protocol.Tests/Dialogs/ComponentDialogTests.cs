using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class ComponentDialogTests
{
    private const string StateKey = "test/conversations/Conversation1";

    [Fact]
    public async Task NestedComponent_ResultFlowsToParentStep_AcrossStoredTurns()
    {
        var storage = new MemoryStorage();
        var outer = new ComponentDialog("outer");
        outer.AddDialog(new WaterfallDialog("outer-steps", [
            (step, ct) => step.BeginDialogAsync("ask-name", null, ct),
            async (step, ct) => { await step.Context.SendActivityAsync($"Hello {step.Result}", ct); return await step.EndDialogAsync("finished", ct); },
        ]));
        outer.AddDialog(new AskNameDialog());
        var client = new DialogTestClient(new TestAdapter(), outer, conversationState: new ConversationState(storage));

        var question = await client.SendActivityAsync("hi");
        var stored = await storage.ReadAsync([StateKey]);
        var greeting = await client.SendActivityAsync("Dana");

        Assert.Equal("Your name?", question?.Text);
        var outerState = stored[StateKey]["DialogState"]!["dialogStack"]![0]!;
        var innerStack = outerState["state"]!["dialogs"]!["dialogStack"]!;
        Assert.Equal("ask-name", (string?)innerStack[0]!["id"]);
        Assert.Equal("outer-steps", (string?)innerStack[1]!["id"]);
        Assert.Equal("TextPrompt", (string?)innerStack[0]!["state"]!["dialogs"]!["dialogStack"]![0]!["id"]);
        Assert.Equal("Hello Dana", greeting?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("finished", client.DialogTurnResult?.Result);
        Assert.Empty(client.DialogContext!.Stack);
    }

    [Fact]
    public void AddDialog_FirstAddedIsInitialDialog()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("a")).AddDialog(new TextPrompt("b"));

        Assert.Equal("a", component.InitialDialogId);
        Assert.NotNull(component.FindDialog("b"));
    }

    [Fact]
    public async Task ComponentWithoutDialogs_Throws()
    {
        var client = new DialogTestClient("test", new ComponentDialog("empty"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));
    }

    private sealed class AskNameDialog : ComponentDialog
    {
        public AskNameDialog()
            : base("ask-name")
        {
            AddDialog(new WaterfallDialog("ask", [
                (step, ct) => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = global::LeadershipCoachBot.Protocol.Schema.Activity.CreateMessageActivity("Your name?") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
        }
    }
}
