using System.Net;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Testing.Fakes;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Group chats over HTTP, from Teams' group-chat message with a mention of the coach.</summary>
public sealed class SharedConversationTests
{
    private const string GroupChatId = "19:7c1e4b0a9f8d4e3c2b1a0f9e8d7c6b5a@thread.v2";

    [Fact]
    public async Task GroupMessageWithoutTheCoachsMention_IsAcknowledgedAndNotAnswered()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = "Help";
        activity["entities"] = new JsonArray(JsonNode.Parse("""{ "type": "clientInfo", "locale": "en-GB" }"""));

        var response = await host.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task GroupMessageAskingForAReview_ReviewGoesToThePersonalChatAndOnlyANoteToTheGroup()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = "<at>Leadership Coach</at> review: Mistakes were made during the database move. It will never happen again.";

        var response = await host.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            [RecordingConnectorClient.CreateConversation, RecordingConnectorClient.SendToConversation, RecordingConnectorClient.ReplyToActivity],
            host.Connector.Calls.Select(c => c.Operation));
        var created = Assert.Single(host.Connector.CreatedConversations);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", created.TenantId);
        var review = host.Connector.SentActivities[0];
        Assert.NotEqual(GroupChatId, review.Conversation!.Id);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(review.Attachments!).ContentType);
        var note = host.Connector.SentActivities[1];
        Assert.Equal(GroupChatId, note.Conversation!.Id);
        Assert.Equal(SharedConversations.ReviewSentPrivately, note.Text);
    }
}
