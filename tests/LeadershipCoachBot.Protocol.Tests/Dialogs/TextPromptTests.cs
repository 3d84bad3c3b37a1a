using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Protocol.Tests.Dialogs.PromptDialogs;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class TextPromptTests
{
    private static readonly PromptValidator<string> AtLeastTenCharacters =
        (context, ct) => Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value!.Length >= 10);

    [Fact]
    public async Task TextPrompt_TypedAnswer_EndsWithText()
    {
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text"), new PromptOptions { Prompt = Message("What happened?") }));

        var prompt = await client.SendActivityAsync("hi");
        await client.SendActivityAsync("The migration took checkout down.");

        Assert.Equal("What happened?", prompt?.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal("The migration took checkout down.", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task TextPrompt_ValidatorRejects_SendsRetryPrompt_ThenAcceptsValidAnswer()
    {
        var options = new PromptOptions { Prompt = Message("Describe it."), RetryPrompt = Message("A little more detail, please.") };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text", AtLeastTenCharacters), options));
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync("bad");
        var retryAgain = await client.SendActivityAsync("meh");
        await client.SendActivityAsync("Checkout was down for 90 minutes.");

        Assert.Equal("A little more detail, please.", retry?.Text);
        Assert.Equal("A little more detail, please.", retryAgain?.Text);
        Assert.Equal("Checkout was down for 90 minutes.", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task TextPrompt_NoRetryPrompt_RepeatsThePrompt()
    {
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text", AtLeastTenCharacters), new PromptOptions { Prompt = Message("Describe it.") }));
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync("short");

        Assert.Equal("Describe it.", retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task TextPrompt_MaxAttemptsReached_EndsWithNullResultWithoutAskingAgain()
    {
        var attemptsSeen = new List<int>();
        PromptValidator<string> validator = (context, ct) => { attemptsSeen.Add(context.AttemptCount); return Task.FromResult(false); };
        var options = new PromptOptions { Prompt = Message("Describe it."), RetryPrompt = Message("Again?"), MaxAttempts = 3 };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text", validator), options));
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync("one");
        await client.SendActivityAsync("two");
        var last = await client.SendActivityAsync("three");

        Assert.Equal([1, 2, 3], attemptsSeen);
        Assert.Null(last);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Null(client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task TextPrompt_ValidatorThatReplies_SuppressesRetryPrompt()
    {
        PromptValidator<string> validator = async (context, ct) =>
        {
            await context.Context.SendActivityAsync("Too short: add what broke.", ct);
            return false;
        };
        var options = new PromptOptions { Prompt = Message("Describe it."), RetryPrompt = Message("Again?") };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text", validator), options));
        await client.SendActivityAsync("hi");

        var reply = await client.SendActivityAsync("x");

        Assert.Equal("Too short: add what broke.", reply?.Text);
        Assert.Null(client.GetNextReply());
    }

    [Fact]
    public async Task TextPrompt_CardSubmit_ReadsNamedInput()
    {
        var options = new PromptOptions { Prompt = Message("Paste your draft."), InputId = "draft" };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text"), options));
        await client.SendActivityAsync("hi");

        await client.SendCardSubmitAsync(new { action = "review", draft = "Sorry about the outage." });

        Assert.Equal("Sorry about the outage.", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task TextPrompt_CardSubmitWithoutInputId_ReadsFirstStringField()
    {
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text"), new PromptOptions { Prompt = Message("Paste your draft.") }));
        await client.SendActivityAsync("hi");

        await client.SendCardSubmitAsync(new { count = 2, draft = "We rolled back." });

        Assert.Equal("We rolled back.", client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task TextPrompt_CardSubmitWithoutStrings_RetriesWithoutEnding()
    {
        var options = new PromptOptions { Prompt = Message("Paste your draft."), RetryPrompt = Message("Type or paste the draft, please.") };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text"), options));
        await client.SendActivityAsync("hi");

        var retry = await client.SendCardSubmitAsync(new { count = 2 });

        Assert.Equal("Type or paste the draft, please.", retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Prompt_RetrySentInLaterTurn_RepliesToThatTurnsActivity()
    {
        var options = new PromptOptions { Prompt = Message("Describe it."), RetryPrompt = Message("Again?") };
        var client = new DialogTestClient("test", Wrap(new TextPrompt("text", AtLeastTenCharacters), options));
        var first = await client.SendActivityAsync("hi");

        var userMessage = client.Adapter.MakeActivity("no");
        var retry = await client.SendActivityAsync(userMessage);

        Assert.Equal("1", first?.ReplyToId);
        Assert.Equal(userMessage.Id, retry?.ReplyToId);
        Assert.Equal("expectingInput", retry?.Properties?["inputHint"].GetString());
    }

    [Fact]
    public async Task Prompt_StartedWithoutPromptOptions_Throws()
    {
        var dialog = new WaterfallDialog("bad", [(step, ct) => step.BeginDialogAsync("text", "not options", ct)]);
        var component = new ComponentDialog("c").AddDialog(dialog).AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient("test", component);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendActivityAsync("hi"));
    }
}
