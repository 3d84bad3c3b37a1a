using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Protocol.Tests.Dialogs.PromptDialogs;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class ConfirmPromptTests
{
    private static PromptOptions Options() => new() { Prompt = Message("Send it now?"), RetryPrompt = Message("Yes or no?") };

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("yep", true)]
    [InlineData("Yeah!", true)]
    [InlineData("sure", true)]
    [InlineData("OK", true)]
    [InlineData("correct", true)]
    [InlineData("yes please", true)]
    [InlineData("yes, send it", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("Nope.", false)]
    [InlineData("nah", false)]
    [InlineData("not really", false)]
    [InlineData("no, not yet", false)]
    [InlineData("2", false)]
    public async Task ConfirmPrompt_TypedAnswer_IsRecognised(string reply, bool expected)
    {
        var client = new DialogTestClient("test", Wrap(new ConfirmPrompt("confirm"), Options()));
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync(reply);

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
        Assert.Equal(expected, client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("No", false)]
    public async Task ConfirmPrompt_CardButton_IsRecognised(string button, bool expected)
    {
        var client = new DialogTestClient("test", Wrap(new ConfirmPrompt("confirm"), Options()));
        await client.SendActivityAsync("hi");

        await client.SendCardSubmitAsync(new { choice = button });

        Assert.Equal(expected, client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("3")]
    [InlineData("what do you mean")]
    public async Task ConfirmPrompt_Unclear_SendsRetryPrompt(string reply)
    {
        var client = new DialogTestClient("test", Wrap(new ConfirmPrompt("confirm"), Options()));
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync(reply);

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.Contains("Yes or no?", retry!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmPrompt_Prompt_HasYesAndNoButtons()
    {
        var client = new DialogTestClient("test", Wrap(new ConfirmPrompt("confirm"), Options()));

        var card = await client.SendActivityAsync<global::LeadershipCoachBot.Protocol.Cards.AdaptiveCard>("hi");

        Assert.Equal([ConfirmPrompt.Yes, ConfirmPrompt.No], card!.Actions!.Select(a => a.Title));
    }
}
