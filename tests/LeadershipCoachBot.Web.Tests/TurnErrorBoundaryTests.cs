using Microsoft.Extensions.DependencyInjection;
using System.Net;
using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

public sealed class TurnErrorBoundaryTests
{
    [Fact]
    public async Task BotThrows_UserGetsTheApology_ResponseIs200()
    {
        await using var host = new CoachBotFactory { Bot = new ThrowingBot() };
        var response = await host.CreateClient().PostAsync(TeamsFixtures.MessageGroupMention);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(host.Connector.SentActivities);
        Assert.Equal(CoachReplies.SomethingWentWrong, apology.Text);
        Assert.Equal("1764404712345", apology.ReplyToId);
    }

    [Fact]
    public async Task BotThrowsOnExpectReplies_TheApologyIsInTheBody()
    {
        await using var host = new CoachBotFactory { Bot = new ThrowingBot() };
        var response = await host.CreateClient().PostAsync(TeamsFixtures.MessageExpectReplies);

        var replies = await response.ReadRepliesAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CoachReplies.SomethingWentWrong, Assert.Single(replies.Activities).Text);
    }

    [Fact]
    public async Task AfterAFailedTurn_TheNextTurnWorks()
    {
        await using var host = new CoachBotFactory { BotFactory = sp => new FailFirstTurnBot(ActivatorUtilities.CreateInstance<CoachBot>(sp)) };
        var client = host.CreateClient();
        var first = TeamsFixtures.Load(TeamsFixtures.MessageCardSubmit);
        first["id"] = "1764404800999";

        var failed = await client.PostAsync(first);
        var next = await client.PostAsync(TeamsFixtures.MessageCardSubmit);

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var sent = host.Connector.SentActivities;
        Assert.Equal(2, sent.Count);
        Assert.Equal(CoachReplies.SomethingWentWrong, sent[0].Text);
        Assert.Equal(AdaptiveCard.ContentType, Assert.Single(sent[1].Attachments!).ContentType);
    }
}
