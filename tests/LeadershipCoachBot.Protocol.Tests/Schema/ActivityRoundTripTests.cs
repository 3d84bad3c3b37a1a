using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Tests.Schema;

/// <summary>Receivers must accept fields they do not model and, when they pass an activity on, keep them.</summary>
public sealed class ActivityRoundTripTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1764404712345",
          "localTimestamp": "2026-11-29T11:05:12.345+01:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "futureTopLevel": { "rank": 3, "flags": [true, false] },
          "from": { "id": "29:abc", "name": "Alex Wilber", "aadObjectId": "6c9d", "userPrincipalName": "alex@contoso.com" },
          "recipient": { "id": "28:bot", "name": "Leadership Coach", "agenticAppId": "x-1" },
          "conversation": { "id": "19:chat@thread.v2", "conversationType": "groupChat", "isGroup": true, "tenantId": "t-1", "threadKind": "chat" },
          "membersAdded": [ { "id": "29:new", "givenName": "Megan" } ],
          "text": "<at>Leadership Coach</at> help",
          "attachments": [ { "contentType": "text/html", "content": "<div>help</div>", "previewHint": { "size": 2 } } ],
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "Leadership Coach" }, "text": "<at>Leadership Coach</at>" },
            { "type": "clientInfo", "locale": "en-GB", "platform": "Web", "timezone": "Europe/London" }
          ],
          "channelData": { "tenant": { "id": "t-1" }, "eventType": "memberAdded", "settings": { "selectedChannel": { "id": "19:general" } } },
          "value": { "action": "help", "nested": [1, 2, { "deep": null }] },
          "locale": "en-GB"
        }
        """;

    [Fact]
    public void Deserialize_ThenSerialize_KeepsEveryField()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(TeamsMessage), written), written!.ToJsonString());
    }

    [Theory]
    [InlineData("futureTopLevel")]
    [InlineData("from", "userPrincipalName")]
    [InlineData("recipient", "agenticAppId")]
    [InlineData("conversation", "threadKind")]
    [InlineData("attachments", "previewHint")]
    [InlineData("entities", "platform")]
    [InlineData("membersAdded", "givenName")]
    [InlineData("channelData", "settings")]
    public void UnknownField_SurvivesTheRoundTrip(string field, string? nested = null)
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;
        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!;
        var original = JsonNode.Parse(TeamsMessage)!;

        var before = Pick(original, field, nested);
        var after = Pick(written, field, nested);

        Assert.NotNull(before);
        Assert.True(JsonNode.DeepEquals(before, after), $"{field}.{nested}: {after?.ToJsonString()}");
    }

    [Fact]
    public void UnknownFields_AreKeptInProperties()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal(3, activity.Properties!["futureTopLevel"].GetProperty("rank").GetInt32());
        Assert.Equal("alex@contoso.com", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal("chat", activity.Conversation!.Properties!["threadKind"].GetString());
    }

    [Fact]
    public void Serialize_OmitsNulls_AndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(Activity.CreateMessageActivity("hi"), ProtocolJson.Options);

        Assert.Equal("""{"type":"message","text":"hi"}""", json);
    }

    [Fact]
    public void Deserialize_Timestamp_KeepsTheInstantAndTheLocalOffset()
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            """{"type":"message","timestamp":"2026-11-29T10:05:12.345Z","localTimestamp":"2026-11-29T11:05:12.345+01:00"}""",
            ProtocolJson.Options)!;

        Assert.Equal(activity.Timestamp, activity.LocalTimestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
    }

    private static JsonNode? Pick(JsonNode root, string field, string? nested)
    {
        var node = root[field];
        if (node is JsonArray array)
        {
            node = array[^1];
        }

        return nested is null ? node : node?[nested];
    }
}
