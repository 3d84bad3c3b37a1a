using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing;
using Microsoft.Extensions.Time.Testing;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public class IncidentTriageDialogTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Some customers", "No", "No", "Cascading", "SEV-1")]
    [InlineData("most", "no", "no", "contained", "SEV-1")]
    [InlineData("None", "Yes", "No", "Contained", "SEV-1")]
    [InlineData("None", "No", "yes", "Contained", "SEV-1")]
    [InlineData("some", "no", "no", "contained", "SEV-2")]
    [InlineData("None", "Not sure", "No", "Contained", "SEV-2")]
    [InlineData("none", "no", "no", "spreading", "SEV-2")]
    [InlineData("None", "No", "No", "Contained", "SEV-3")]
    public async Task Triage_TypedAnswers_ShowTheSeverityCard(string impact, string data, string security, string spread, string severity)
    {
        var client = NewClient();

        var card = await AnswerAllAsync(client, "Checkout fails for EU customers.", impact, data, security, spread);

        Assert.Contains($"{severity}:", card, StringComparison.Ordinal);
        Assert.Contains("Who needs to know now", card, StringComparison.Ordinal);
        Assert.Contains("Incident commander", card, StringComparison.Ordinal);
        Assert.Contains("Checkout fails for EU customers.", card, StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Triage_CardSubmits_AreAnswersToo()
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");

        await client.SendCardSubmitAsync(new Dictionary<string, string> { [SummaryInputId] = "Search is down." });
        await client.SendCardSubmitAsync(new { choice = "Most or all customers" });
        await client.SendCardSubmitAsync(new { choice = "No" });
        await client.SendCardSubmitAsync(new { choice = "Not sure" });
        client.GetReplies();
        var echo = await client.SendCardSubmitAsync(new { choice = "Contained" });
        var result = client.GetNextReply();

        Assert.Equal("\u2713 Spread: Contained", echo!.Text);
        Assert.Contains("SEV-1:", Says(result!), StringComparison.Ordinal);
        var report = Assert.IsType<IncidentReport>(client.DialogTurnResult?.Result);
        Assert.Equal(new IncidentReport("Search is down.", CustomerImpact.MostOrAll, Exposure.No, Exposure.NotSure, Spread.Contained), report);
    }

    [Fact]
    public async Task Triage_SummaryIsOptional_NextWithTheBoxEmptySkipsIt()
    {
        var client = NewClient();
        var question = await client.SendActivityAsync("triage");

        var echo = await client.SendCardSubmitAsync(new Dictionary<string, string> { [SummaryInputId] = string.Empty });

        Assert.DoesNotContain("isRequired", question!.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("\u2713 What is happening: skipped", echo!.Text);
        Assert.Contains(ImpactQuestion, Says(client.GetNextReply()!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_SkipButton_LeavesTheSummaryOut()
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");

        var echo = await client.SendCardSubmitAsync(new Dictionary<string, string> { [SummaryInputId] = SkipWord });
        var next = client.GetNextReply();
        Assert.Equal("\u2713 What is happening: skipped", echo!.Text);
        var card = await AnswerChoicesAsync(client, "none", "nope", "nah", "stable");

        Assert.Contains(ImpactQuestion, Says(next!), StringComparison.Ordinal);
        Assert.Contains("[what is broken]", card, StringComparison.Ordinal);
        Assert.Null(Assert.IsType<IncidentReport>(client.DialogTurnResult?.Result).Summary);
    }

    [Theory]
    [InlineData("everyone", "don't know", "unsure", "still spreading", CustomerImpact.MostOrAll, Exposure.NotSure, Exposure.NotSure, Spread.Cascading)]
    [InlineData("a few", "nope", "n", "under control", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained)]
    [InlineData("1", "2", "3", "3", CustomerImpact.None, Exposure.No, Exposure.NotSure, Spread.NotSure)]
    public async Task Triage_SynonymsAndNumbers_AreRecognised(string impact, string data, string security, string spread, CustomerImpact expectedImpact, Exposure expectedData, Exposure expectedSecurity, Spread expectedSpread)
    {
        var client = NewClient();

        await AnswerAllAsync(client, "skip", impact, data, security, spread);

        Assert.Equal(new IncidentReport(null, expectedImpact, expectedData, expectedSecurity, expectedSpread), client.DialogTurnResult?.Result);
    }

    [Fact]
    public async Task Triage_InvalidAnswer_RepromptsTheSameQuestion()
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");
        await client.SendActivityAsync("skip");

        var retry = await client.SendActivityAsync("purple elephants");

        Assert.Contains(ImpactQuestion, Says(retry!), StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.ChoiceRetry, Says(retry!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult?.Status);
        var card = await AnswerChoicesAsync(client, "some", "no", "no", "contained");
        Assert.Contains("SEV-2:", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_HelpMidFlow_ExplainsAndAsksTheSameQuestion()
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");
        await client.SendActivityAsync("skip");
        await client.SendActivityAsync("some");

        var helpLine = await client.SendActivityAsync("help");
        var question = client.GetNextReply();

        Assert.Contains("five quick questions", helpLine?.Text, StringComparison.Ordinal);
        Assert.Contains(DataQuestion, Says(question!), StringComparison.Ordinal);
        Assert.Null(client.GetNextReply());
        var card = await AnswerChoicesAsync(client, "no", "no", "contained");
        Assert.Contains("SEV-2:", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triage_CancelMidFlow_EndsTheDialog()
    {
        var client = NewClient();
        await client.SendActivityAsync("triage");
        await client.SendActivityAsync("skip");

        var reply = await client.SendActivityAsync("cancel");

        Assert.Contains(CoachingDialog.CancelledMessage, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(reply!), StringComparison.Ordinal);
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult?.Status);
    }

    [Fact]
    public async Task Triage_NextUpdate_ComesFromTheClock()
    {
        var client = NewClient();

        var card = await AnswerAllAsync(client, "skip", "most", "no", "no", "contained");

        Assert.Contains("14:30 UTC", card, StringComparison.Ordinal);
    }

    private static DialogTestClient NewClient()
    {
        var state = new ConversationState(new MemoryStorage());
        return new("msteams", new IncidentTriageDialog(new CoachMemory(state), new FakeTimeProvider(Now)), conversationState: state);
    }

    private static async Task<string> AnswerAllAsync(DialogTestClient client, string summary, params string[] choices)
    {
        var first = await client.SendActivityAsync("triage");
        Assert.Contains(WhatQuestion, Says(first!), StringComparison.Ordinal);
        await client.SendActivityAsync(summary);
        return await AnswerChoicesAsync(client, choices);
    }

    private static async Task<string> AnswerChoicesAsync(DialogTestClient client, params string[] choices)
    {
        Activity? last = null;
        foreach (var choice in choices)
        {
            last = await client.SendActivityAsync(choice);
        }

        return Says(last!);
    }

    private static string Says(Activity reply) =>
        reply.Text ?? string.Join("\n", reply.Attachments?.Select(a => a.Content?.GetRawText()) ?? []);
}
