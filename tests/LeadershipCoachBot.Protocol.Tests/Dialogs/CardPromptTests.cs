using System.Text.Json;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

public class CardPromptTests
{
    private static PromptOptions Options()
    {
        var card = new AdaptiveCard
        {
            Body = [new AdaptiveTextBlock("Paste your draft"), new AdaptiveTextInput { Id = "draft", IsMultiline = true }],
            Actions = [new AdaptiveSubmitAction("Review", new { action = "review" })],
        };
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [card.ToAttachment()];
        return new PromptOptions { Prompt = prompt, RetryPrompt = Activity.CreateMessageActivity("Paste the draft into the card and press Review."), InputId = "draft" };
    }

    private static ComponentDialog Dialog()
    {
        var dialog = new ComponentDialog("review");
        dialog.AddDialog(new WaterfallDialog("steps", [
            (step, ct) => step.PromptAsync("card", Options(), ct),
            (step, ct) => step.EndDialogAsync(step.GetResult<JsonElement>().GetProperty("draft").GetString(), ct),
        ]));
        dialog.AddDialog(new CardPrompt("card"));
        return dialog;
    }

    [Fact]
    public async Task CardPrompt_Submit_EndsWithSubmittedValue()
    {
        var client = new DialogTestClient("test", Dialog());
        var card = await client.SendActivityAsync("hi");

        await client.SendCardSubmitAsync(new { action = "review", draft = "We are sorry." });

        Assert.Equal(AdaptiveCard.ContentType, card?.Attachments?[0].ContentType);
        Assert.Equal("We are sorry.", client.DialogTurnResult?.Result);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CardPrompt_TypedTextOrEmptyInput_SendsRetryPrompt(bool typed)
    {
        var client = new DialogTestClient("test", Dialog());
        await client.SendActivityAsync("hi");

        var retry = typed
            ? await client.SendActivityAsync("We are sorry.")
            : await client.SendCardSubmitAsync(new { action = "review", draft = " " });

        Assert.Equal("Paste the draft into the card and press Review.", retry?.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task CardPrompt_Reprompt_SendsTheCardAgain()
    {
        var client = new DialogTestClient("test", Dialog());
        var first = await client.SendActivityAsync("hi");

        await client.Adapter.ProcessActivityAsync(client.Adapter.MakeActivity("help"), async (turnContext, ct) =>
        {
            var set = new DialogSet(client.ConversationState.CreateProperty<DialogState>("DialogState")).Add(Dialog());
            var dc = await set.CreateContextAsync(turnContext, ct);
            await dc.RepromptDialogAsync(ct);
        });
        var again = client.GetNextReply();

        Assert.Equal(first?.Attachments?[0].Content?.GetRawText(), again?.Attachments?[0].Content?.GetRawText());
    }
}
