using System.Net;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Teams re-sends an activity it got no answer for within 15 seconds; the turn runs once.</summary>
public sealed class DuplicateActivityTests
{
    [Fact]
    public async Task SameActivityTwice_IsProcessedOnce_BothGet200()
    {
        await using var host = new CoachBotFactory();
        var client = host.CreateClient();

        var first = await client.PostAsync(TeamsFixtures.InstallationUpdateAdd);
        var second = await client.PostAsync(TeamsFixtures.InstallationUpdateAdd);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Connector.SentActivities);
    }

    [Fact]
    public async Task SameIdInAnotherConversation_IsProcessedAgain()
    {
        await using var host = new CoachBotFactory();
        var client = host.CreateClient();
        var other = TeamsFixtures.Load(TeamsFixtures.InstallationUpdateAdd);
        other["conversation"]!["id"] = "a:another-personal-chat";

        await client.PostAsync(TeamsFixtures.InstallationUpdateAdd);
        await client.PostAsync(other);

        Assert.Equal(2, host.Connector.SentActivities.Count);
    }

    [Fact]
    public async Task RepeatedExpectReplies_SecondGetsAnEmptyActivitiesList()
    {
        await using var host = new CoachBotFactory();
        var client = host.CreateClient();

        var first = await (await client.PostAsync(TeamsFixtures.MessageExpectReplies)).ReadRepliesAsync();
        var secondResponse = await client.PostAsync(TeamsFixtures.MessageExpectReplies);
        var second = await secondResponse.ReadRepliesAsync();

        Assert.Single(first.Activities);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Empty(second.Activities);
    }
}
