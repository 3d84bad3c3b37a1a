using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Tests.Schema;

public sealed class MentionTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "Leadership Coach");

    [Fact]
    public void RemoveRecipientMention_RemovesTheBotsMentionAndTrims()
    {
        var activity = Message("  <at>Leadership Coach</at> help ", MentionOf(Bot, "<at>Leadership Coach</at>"));

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_KeepsOtherPeoplesMentions()
    {
        var megan = new ChannelAccount("29:megan", "Megan Bowen");
        var activity = Message(
            "<at>Leadership Coach</at> review what <at>Megan Bowen</at> wrote",
            MentionOf(Bot, "<at>Leadership Coach</at>"),
            MentionOf(megan, "<at>Megan Bowen</at>"));

        Assert.Equal("review what <at>Megan Bowen</at> wrote", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_MentionWithoutText_UsesTheName_IgnoringCase()
    {
        var activity = Message("<AT>leadership coach</AT>   ?", MentionOf(Bot, null));

        Assert.Equal("?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_SameNameButAnotherId_IsKept()
    {
        var impostor = new ChannelAccount("29:someone", "Leadership Coach");
        var activity = Message("<at>Leadership Coach</at> hi", MentionOf(impostor, "<at>Leadership Coach</at>"));

        Assert.Equal("<at>Leadership Coach</at> hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void RemoveRecipientMention_NoText_IsNull()
    {
        Assert.Null(Message(null).RemoveRecipientMention());
    }

    [Fact]
    public void GetMentions_ReturnsOnlyMentionEntities_InOrder()
    {
        var activity = Message("x", MentionOf(Bot, "<at>Leadership Coach</at>"), new Entity { Type = "clientInfo" });

        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal("28:bot", mention.Mentioned?.Id);
        Assert.Equal("<at>Leadership Coach</at>", mention.Text);
    }

    private static Activity Message(string? text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = Bot,
        Entities = [.. entities],
    };

    private static Entity MentionOf(ChannelAccount who, string? text)
    {
        var mention = new Mention { Mentioned = who, Text = text };
        return JsonSerializer.SerializeToElement(mention, ProtocolJson.Options).Deserialize<Entity>(ProtocolJson.Options)!;
    }
}
