using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Testing.Cards;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>The Review tone message action over HTTP, with Teams' payloads.</summary>
public sealed class MessageActionTests
{
    private static async Task<JsonElement> BodyOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement DialogCard(JsonElement body)
    {
        var task = body.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        var info = task.GetProperty("value");
        Assert.Equal("Review tone", info.GetProperty("title").GetString());
        Assert.Equal("large", info.GetProperty("width").GetString());
        var attachment = info.GetProperty("card");
        AdaptiveCardRecorder.Record(attachment.Deserialize<Attachment>(ProtocolJson.Options)!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        return attachment.GetProperty("content");
    }

    [Fact]
    public async Task FetchTask_OnAChannelMessageWithHtmlBody_AnswersWithTheReviewDialog()
    {
        await using var host = new CoachBotFactory();
        var body = await BodyOfAsync(await host.CreateClient().PostAsync(TeamsFixtures.InvokeFetchTaskMessage));

        var card = DialogCard(body);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Revise before sending", card.GetProperty("body")[0].GetProperty("text").GetString());
        var box = card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == ReviewToneCommand.DraftInput);
        Assert.Equal("Hi team,\nMistakes were made during the database move on Tuesday.\nThis will never happen again & you have my word.", box.GetProperty("value").GetString());
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task FetchTask_FromTheComposeBox_AnswersWithTheBoxToTypeIn()
    {
        await using var host = new CoachBotFactory();
        var body = await BodyOfAsync(await host.CreateClient().PostAsync(TeamsFixtures.InvokeFetchTaskCompose));

        var card = DialogCard(body);
        Assert.Equal([ReviewToneDraftCard.ReviewTitle], card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task SubmitAction_Insert_AnswersWithAComposeExtensionResult()
    {
        await using var host = new CoachBotFactory();
        var body = await BodyOfAsync(await host.CreateClient().PostAsync(TeamsFixtures.InvokeSubmitAction));

        var result = body.GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        var attachment = Assert.Single(result.GetProperty("attachments").EnumerateArray());
        AdaptiveCardRecorder.Record(attachment.Deserialize<Attachment>(ProtocolJson.Options)!);
        Assert.Equal(
            "The database move was my call, and Tuesday's outage is mine to own.\nNext update at 16:00 CET.",
            attachment.GetProperty("content").GetProperty("body")[0].GetProperty("text").GetString());
        Assert.False(body.TryGetProperty("task", out _));
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task SubmitAction_SendPrivately_OpensTheOneOnOneChatAndClosesTheDialogWithAMessage()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.InvokeSubmitAction);
        activity["value"]!["data"]!["action"] = ReviewToneCommand.SendPrivately;

        var body = await BodyOfAsync(await host.CreateClient().PostAsync(activity));

        Assert.Equal("message", body.GetProperty("task").GetProperty("type").GetString());
        Assert.Equal(ReviewToneAction.SentPrivately, body.GetProperty("task").GetProperty("value").GetString());
        var created = Assert.Single(host.Connector.CreatedConversations);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", created.TenantId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", created.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        var sent = Assert.Single(host.Connector.SentActivities);
        Assert.StartsWith("personal-29:", sent.Conversation!.Id, StringComparison.Ordinal);
        Assert.Equal("28:8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b", sent.From!.Id);
    }

    [Fact]
    public async Task SubmitAction_MalformedValue_Is400()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.InvokeSubmitAction);
        activity["value"]!["commandId"] = 42;

        var response = await host.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
