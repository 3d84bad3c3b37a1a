using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Testing;
using static LeadershipCoachBot.Protocol.Tests.Dialogs.PromptDialogs;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class ChoicePromptTests
{
    private static PromptOptions Options() => new()
    {
        Prompt = Message("What went wrong?"),
        RetryPrompt = Message("Pick one of the buttons, or type its number."),
        Choices = [new Choice("Outage", "incident", "downtime"), new Choice("Failed bet"), new Choice("Hard hire or removal", "people")],
    };

    [Theory]
    [InlineData("2", "Failed bet", 1, null)]
    [InlineData("2.", "Failed bet", 1, null)]
    [InlineData(" 3 ", "Hard hire or removal", 2, null)]
    [InlineData("outage", "Outage", 0, null)]
    [InlineData("  FAILED   bet ", "Failed bet", 1, null)]
    [InlineData("Failed bet!", "Failed bet", 1, null)]
    [InlineData("Downtime", "Outage", 0, "downtime")]
    [InlineData("<at>Coach</at> people", "Hard hire or removal", 2, "people")]
    public async Task ChoicePrompt_TypedAnswer_FindsChoice(string reply, string value, int index, string? synonym)
    {
        var client = new DialogTestClient("test", Wrap(new ChoicePrompt("choice"), Options()));
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync(reply);

        var found = Assert.IsType<FoundChoice>(client.DialogTurnResult?.Result);
        Assert.Equal(value, found.Value);
        Assert.Equal(index, found.Index);
        Assert.Equal(1.0, found.Score);
        Assert.Equal(synonym, found.Synonym);
    }

    [Fact]
    public async Task ChoicePrompt_CardButton_FindsChoice()
    {
        var client = new DialogTestClient("test", Wrap(new ChoicePrompt("choice"), Options()));
        await client.SendActivityAsync("hi");

        await client.SendCardSubmitAsync(new Dictionary<string, string> { [ChoiceRecognizer.ChoiceField] = "Failed bet" });

        var found = Assert.IsType<FoundChoice>(client.DialogTurnResult?.Result);
        Assert.Equal("Failed bet", found.Value);
        Assert.Equal(1, found.Index);
    }

    [Fact]
    public async Task ChoicePrompt_Prompt_IsCardWithTextAndOneSubmitButtonPerChoice()
    {
        var client = new DialogTestClient("test", Wrap(new ChoicePrompt("choice"), Options()));

        var card = await client.SendActivityAsync<AdaptiveCard>("hi");

        Assert.NotNull(card);
        Assert.Equal("1.5", card.Version);
        Assert.Equal("What went wrong?", Assert.IsType<AdaptiveTextBlock>(Assert.Single(card.Body)).Text);
        var buttons = card.Actions!.Cast<AdaptiveSubmitAction>().ToList();
        Assert.Equal(["Outage", "Failed bet", "Hard hire or removal"], buttons.Select(b => b.Title));
        Assert.Equal("""{"choice":"Outage"}""", buttons[0].Data?.ToString());
        Assert.Contains("2. Failed bet", card.FallbackText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("something else entirely")]
    [InlineData("")]
    public async Task ChoicePrompt_InvalidAnswer_RepromptsWithRetryPromptCard(string reply)
    {
        var client = new DialogTestClient("test", Wrap(new ChoicePrompt("choice"), Options()));
        await client.SendActivityAsync("hi");

        var retry = await client.SendActivityAsync(reply);

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        Assert.NotNull(retry);
        Assert.Null(retry.Text);
        var card = retry.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("Pick one of the buttons, or type its number.", card, StringComparison.Ordinal);
        Assert.Contains("Action.Submit", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoicePrompt_UnknownCardChoice_Reprompts()
    {
        var client = new DialogTestClient("test", Wrap(new ChoicePrompt("choice"), Options()));
        await client.SendActivityAsync("hi");

        var retry = await client.SendCardSubmitAsync(new { choice = "Stale option" });

        Assert.NotNull(retry);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public void ChoiceRecognizer_LabelInsideLongerReply_FoundWithLowerScore()
    {
        var found = ChoiceRecognizer.RecognizeText("I think it was the outage", Options().Choices!);

        Assert.NotNull(found);
        Assert.Equal("Outage", found.Value);
        Assert.Equal(1.0 / 6, found.Score, 3);
    }

    [Fact]
    public void ChoiceRecognizer_TwoLabelsEquallyInsideReply_IsNotRecognised()
    {
        var choices = new List<Choice> { new("email"), new("chat") };

        Assert.Null(ChoiceRecognizer.RecognizeText("email or chat", choices));
    }
}
