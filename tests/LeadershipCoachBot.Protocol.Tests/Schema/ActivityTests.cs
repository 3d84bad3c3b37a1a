using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;

namespace LeadershipCoachBot.Protocol.Tests.Schema;

public sealed class ActivityTests
{
    [Fact]
    public void CreateReply_SwapsSenderAndRecipient_AndThreadsUnderTheActivity()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1764404712345",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount("29:user", "Alex"),
            Recipient = new ChannelAccount("28:bot", "Coach"),
            Conversation = new ConversationAccount { Id = "a:chat" },
            Locale = "en-GB",
        };

        var reply = inbound.CreateReply("hello");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("hello", reply.Text);
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal("a:chat", reply.Conversation?.Id);
        Assert.Equal("1764404712345", reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("en-GB", reply.Locale);
    }

    [Fact]
    public void GetChannelData_ReadsTeamsChannelData_KeepingUnknownFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""
            {"type":"conversationUpdate","channelData":{"tenant":{"id":"t-1"},"team":{"id":"19:team","name":"Payments","aadGroupId":"g-1"},
             "channel":{"id":"19:general"},"eventType":"teamMemberAdded","notification":{"alert":true},"settings":{"selectedChannel":{"id":"19:general"}}}}
            """, ProtocolJson.Options)!;

        var data = activity.GetChannelData<TeamsChannelData>();

        Assert.Equal("t-1", data.Tenant?.Id);
        Assert.Equal("Payments", data.Team?.Name);
        Assert.Equal("19:general", data.Channel?.Id);
        Assert.Equal("teamMemberAdded", data.EventType);
        Assert.True(data.Notification?.Alert);
        Assert.True(data.Properties!.ContainsKey("settings"));
    }

    [Fact]
    public void GetChannelData_None_IsAnEmptyObject()
    {
        var data = Activity.CreateMessageActivity().GetChannelData<TeamsChannelData>();

        Assert.Null(data.Tenant);
    }
}
