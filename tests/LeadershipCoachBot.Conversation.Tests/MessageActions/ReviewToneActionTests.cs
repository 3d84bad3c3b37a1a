using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Testing.Fakes;

namespace LeadershipCoachBot.Conversation.Tests.MessageActions;

public sealed class ReviewToneActionTests
{
    private const string FetchTask = "composeExtension/fetchTask";
    private const string SubmitAction = "composeExtension/submitAction";
    private const string Draft = "Mistakes were made during the database move on Tuesday.\nThis will never happen again, I promise.";

    private readonly CoachBotHarness _harness = new();

    private static string MessageValue(string html) => JsonSerializer.Serialize(new
    {
        commandId = ReviewToneCommand.Id,
        commandContext = "message",
        context = new { theme = "default" },
        messagePayload = new
        {
            id = "1764404800000",
            createdDateTime = "2026-11-29T10:06:40.000Z",
            from = new { user = new { userIdentityType = "aadUser", id = "6c9d2f41-8e0a-4a3b-9d7c-2b6f0e51a7c3", displayName = "Alex Wilber" } },
            body = new { contentType = "html", content = html },
            attachments = Array.Empty<object>(),
            mentions = Array.Empty<object>(),
            reactions = Array.Empty<object>(),
        },
    });

    private static string SubmitValue(string action, string draft, string context = "message") => JsonSerializer.Serialize(new
    {
        commandId = ReviewToneCommand.Id,
        commandContext = context,
        data = new Dictionary<string, string> { [CardActions.Field] = action, [ReviewToneCommand.DraftInput] = draft },
    });

    private static JsonElement Card(JsonElement body)
    {
        var task = body.GetProperty("task");
        Assert.Equal("continue", task.GetProperty("type").GetString());
        var info = task.GetProperty("value");
        Assert.Equal(ReviewToneCommand.DialogTitle, info.GetProperty("title").GetString());
        var card = info.GetProperty("card");
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        return card.GetProperty("content");
    }

    private static List<string> Texts(JsonElement card) =>
        [.. card.GetProperty("body").EnumerateArray().SelectMany(Descend).Where(e => e.TryGetProperty("text", out _)).Select(e => e.GetProperty("text").GetString()!)];

    private static IEnumerable<JsonElement> Descend(JsonElement element)
    {
        yield return element;
        if (element.TryGetProperty("items", out var items))
        {
            foreach (var child in items.EnumerateArray().SelectMany(Descend))
            {
                yield return child;
            }
        }
    }

    private static List<string> ButtonTitles(JsonElement card) =>
        [.. card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()!)];

    private static JsonElement DraftBox(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == ReviewToneCommand.DraftInput);

    [Fact]
    public async Task FetchTask_MessageWithHtmlBody_OpensTheReviewOfItsTextWithTheTextToEdit()
    {
        var html = "<p>Mistakes were made during the database move on Tuesday.</p><p>This will never happen&nbsp;again, I promise.</p>";

        var (status, body, sent) = await _harness.InvokeAsync(FetchTask, MessageValue(html));

        Assert.Equal(200, status);
        var card = Card(body!.Value);
        Assert.Equal("Revise before sending", Texts(card)[0]);
        Assert.Contains(Texts(card), t => t.Contains("Mistakes were made during the database move on Tuesday", StringComparison.Ordinal));
        Assert.Equal(Draft, DraftBox(card).GetProperty("value").GetString());
        Assert.Equal([ToneReviewDialogCard.ReviewAgainTitle, ToneReviewDialogCard.InsertTitle, ToneReviewDialogCard.SendPrivatelyTitle], ButtonTitles(card));
        Assert.False(body.Value.TryGetProperty("composeExtension", out _));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task FetchTask_FromTheComposeBox_OpensABoxToTypeIn()
    {
        var (status, body, sent) = await _harness.InvokeAsync(FetchTask, """{"commandId":"reviewTone","commandContext":"compose","context":{"theme":"dark"}}""");

        Assert.Equal(200, status);
        var card = Card(body!.Value);
        var box = DraftBox(card);
        Assert.True(box.GetProperty("isRequired").GetBoolean());
        Assert.False(box.TryGetProperty("value", out _));
        Assert.Equal([ReviewToneDraftCard.ReviewTitle], ButtonTitles(card));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task FetchTask_MessageWithoutText_SaysSoAndOffersTheBox()
    {
        var (_, body, _) = await _harness.InvokeAsync(FetchTask, MessageValue("<p><img src=\"https://example.com/chart.png\"></p>"));

        var card = Card(body!.Value);
        Assert.Contains(Texts(card), t => t.Contains("no text I can review", StringComparison.Ordinal));
        Assert.Equal([ReviewToneDraftCard.ReviewTitle], ButtonTitles(card));
    }

    [Fact]
    public async Task FetchTask_MessageTooLongToEdit_ReviewsItWithoutTheBox()
    {
        var longText = string.Join(' ', Enumerable.Repeat("The deploy queue is paused while we check the replicas.", 100));

        var (_, body, _) = await _harness.InvokeAsync(FetchTask, MessageValue($"<p>{longText}</p>"));

        var card = Card(body!.Value);
        Assert.DoesNotContain(card.GetProperty("body").EnumerateArray(), e => e.TryGetProperty("id", out _));
        Assert.Equal([ToneReviewDialogCard.SendPrivatelyTitle], ButtonTitles(card));
        Assert.Contains(Texts(card), t => t.Contains("too long to edit here", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FetchTask_UnknownCommand_Is400()
    {
        var (status, _, _) = await _harness.InvokeAsync(FetchTask, """{"commandId":"somethingElse","commandContext":"message"}""");

        Assert.Equal((int)HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task SubmitAction_ReviewFromTheBox_ReplacesTheDialogWithTheReview()
    {
        var (status, body, sent) = await _harness.InvokeAsync(SubmitAction, SubmitValue(ReviewToneCommand.Review, Draft, "compose"));

        Assert.Equal(200, status);
        var card = Card(body!.Value);
        Assert.Equal("Revise before sending", Texts(card)[0]);
        Assert.Equal(Draft, DraftBox(card).GetProperty("value").GetString());
        Assert.Empty(sent);
    }

    [Fact]
    public async Task SubmitAction_ReviewAgainAfterEditing_ReviewsTheEditedText()
    {
        const string edited = "I decided to move the database on Tuesday, and the outage it caused is mine to own.";

        var (_, body, _) = await _harness.InvokeAsync(SubmitAction, SubmitValue(ReviewToneCommand.Review, edited));

        var card = Card(body!.Value);
        Assert.Equal(edited, DraftBox(card).GetProperty("value").GetString());
        Assert.DoesNotContain(Texts(card), t => t.Contains("Mistakes were made", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubmitAction_Insert_PutsTheTextInTheComposeBoxAsACard()
    {
        var (status, body, sent) = await _harness.InvokeAsync(SubmitAction, SubmitValue(ReviewToneCommand.Insert, Draft));

        Assert.Equal(200, status);
        var result = body!.Value.GetProperty("composeExtension");
        Assert.Equal("result", result.GetProperty("type").GetString());
        Assert.Equal("list", result.GetProperty("attachmentLayout").GetString());
        var card = Assert.Single(result.GetProperty("attachments").EnumerateArray()).GetProperty("content");
        Assert.Equal(Draft, card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.False(body.Value.TryGetProperty("task", out _));
        Assert.Empty(sent);
    }

    [Fact]
    public async Task SubmitAction_SendPrivately_PostsTheReviewCardToTheLeadersOneOnOneChatOnly()
    {
        var (status, body, sent) = await _harness.InvokeAsync(SubmitAction, SubmitValue(ReviewToneCommand.SendPrivately, Draft), conversationType: "channel");

        Assert.Equal(200, status);
        var task = body!.Value.GetProperty("task");
        Assert.Equal("message", task.GetProperty("type").GetString());
        Assert.Equal(ReviewToneAction.SentPrivately, task.GetProperty("value").GetString());
        var created = Assert.Single(_harness.Connector.CreatedConversations);
        Assert.False(created.IsGroup);
        Assert.Equal("29:user", Assert.Single(created.Members!).Id);
        Assert.Equal(CoachBotHarness.BotId, created.Bot!.Id);
        Assert.Equal("tenant-1", created.TenantId);
        var review = Assert.Single(sent);
        Assert.Equal("personal-29:user", review.Conversation!.Id);
        Assert.Contains(ToneReviewCard.ReviewAnotherTitle, review.Attachments![0].Content!.Value.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task SubmitAction_SendPrivatelyWhenTheCoachIsNotInstalledForTheLeader_SaysHowAndPostsNothing()
    {
        _harness.Connector.CreateConversationFailure = new ConnectorException(
            "refused", ConnectorOperations.CreateConversation, HttpStatusCode.Forbidden, "BotNotInRoster", responseBody: null);

        var (status, body, sent) = await _harness.InvokeAsync(SubmitAction, SubmitValue(ReviewToneCommand.SendPrivately, Draft), conversationType: "groupChat");

        Assert.Equal(200, status);
        Assert.Equal(PrivateChat.NotInstalled, body!.Value.GetProperty("task").GetProperty("value").GetString());
        Assert.Empty(sent);
    }

    [Theory]
    [InlineData(ReviewToneCommand.Review)]
    [InlineData(ReviewToneCommand.Insert)]
    [InlineData(ReviewToneCommand.SendPrivately)]
    public async Task SubmitAction_EmptyBoxFromTheComposeBox_AsksForTheTextAgain(string action)
    {
        var (status, body, sent) = await _harness.InvokeAsync(SubmitAction, SubmitValue(action, "   ", "compose"));

        Assert.Equal(200, status);
        var card = Card(body!.Value);
        Assert.Contains(Texts(card), t => t.Contains("The box is empty", StringComparison.Ordinal));
        Assert.Empty(sent);
        Assert.Empty(_harness.Connector.CreatedConversations);
    }

    [Fact]
    public async Task SubmitAction_UnknownButton_Is400()
    {
        var (status, _, _) = await _harness.InvokeAsync(SubmitAction, SubmitValue("reviewTone.teleport", Draft));

        Assert.Equal((int)HttpStatusCode.BadRequest, status);
    }
}
