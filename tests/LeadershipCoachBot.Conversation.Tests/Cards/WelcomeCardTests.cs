using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Testing.Cards;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Fact]
    public void Create_IsASchema15CardTitledLeadershipCoach()
    {
        var attachment = WelcomeCard.Create(new WelcomeCardModel("Alex"));
        AdaptiveCardRecorder.Record(attachment);

        var card = attachment.Content!.Value;
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Contains("Leadership Coach", card.GetProperty("body")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exec or incident update")]
    [InlineData("an apology")]
    [InlineData("first update")]
    [InlineData("**review:**")]
    [InlineData("we're down")]
    [InlineData("**cancel**")]
    [InlineData("**1:1 prep**")]
    [InlineData("**recovery**")]
    [InlineData("**lesson:**")]
    [InlineData("**hard conversation**")]
    public void Create_SaysWhatTheCoachHelpsWith(string topic)
    {
        var text = AllText(WelcomeCard.Create(new WelcomeCardModel(null)).Content!.Value);

        Assert.Contains(topic, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ButtonsArePlainSubmitsWithAnActionId()
    {
        var card = WelcomeCard.Create(new WelcomeCardModel(null)).Content!.Value;

        var actionIds = new List<string?>();
        foreach (var action in card.GetProperty("actions").EnumerateArray())
        {
            Assert.Equal("Action.Submit", action.GetProperty("type").GetString());
            var data = action.GetProperty("data");
            Assert.False(data.TryGetProperty("msteams", out _));
            actionIds.Add(data.GetProperty(CardActions.Field).GetString());
        }

        Assert.Equal([CardActions.Triage, CardActions.Write, CardActions.Review, FollowThroughActions.OneOnOnePrep, FollowThroughActions.Recovery], actionIds);
    }

    [Theory]
    [InlineData(null, "Hi there.")]
    [InlineData("  ", "Hi there.")]
    [InlineData("Alex Wilber", "Hi Alex Wilber.")]
    public void Create_GreetsByNameWhenKnown(string? name, string greeting)
    {
        Assert.Contains(greeting, AllText(WelcomeCard.Create(new WelcomeCardModel(name)).Content!.Value), StringComparison.Ordinal);
    }

    private static string AllText(JsonElement card) =>
        string.Join("\n", card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("text").GetString()));
}
