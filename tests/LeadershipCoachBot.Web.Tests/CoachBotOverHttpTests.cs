using System.Net;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing.Cards;
using LeadershipCoachBot.Testing.Fakes;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>The coach through the real host: what Teams payloads make it say, and where it is sent.</summary>
public sealed class CoachBotOverHttpTests
{
    private const string BotId = "28:8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";

    [Fact]
    public async Task InstallationUpdateAdd_RepliesWithTheWelcomeCardThreadedUnderTheActivity()
    {
        await using var host = new CoachBotFactory();
        await host.CreateClient().PostAsync(TeamsFixtures.InstallationUpdateAdd);

        var call = Assert.Single(host.Connector.Calls);
        Assert.Equal(RecordingConnectorClient.ReplyToActivity, call.Operation);
        var reply = call.Activity!;
        Assert.Equal("f:7d3c2a9e-5b1e-4c0b-9a53-6f1b8c0e2a11", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal(BotId, reply.From?.Id);
        Assert.Equal("Alex Wilber", reply.Recipient?.Name);
        Assert.Null(reply.Id);
        AssertWelcomeCard(reply);
        AdaptiveCardRecorder.RecordAll(host.Connector.SentActivities);
    }

    [Fact]
    public async Task ConversationUpdatePersonalInstall_SendsNothing_TheInstallationUpdateWelcomes()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.ConversationUpdatePersonalInstall);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task ConversationUpdatePersonAdded_WelcomesThatPerson()
    {
        await using var host = new CoachBotFactory();
        await host.CreateClient().PostAsync(TeamsFixtures.ConversationUpdateMemberAdded);

        var welcome = Assert.Single(host.Connector.SentActivities);
        AssertWelcomeCard(welcome);
        Assert.Contains("Megan Bowen", welcome.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
        AdaptiveCardRecorder.RecordAll(host.Connector.SentActivities);
    }

    [Fact]
    public async Task GroupMessageMentioningTheBot_HelpIsUnderstood()
    {
        await using var host = new CoachBotFactory();
        await host.CreateClient().PostAsync(TeamsFixtures.MessageGroupMention);

        var reply = Assert.Single(host.Connector.SentActivities);
        Assert.Equal("19:7c1e4b0a9f8d4e3c2b1a0f9e8d7c6b5a@thread.v2", reply.Conversation?.Id);
        AssertWelcomeCard(reply);
        AdaptiveCardRecorder.RecordAll(host.Connector.SentActivities);
    }

    [Fact]
    public async Task CardSubmitHelp_RepliesWithTheWelcomeCard()
    {
        await using var host = new CoachBotFactory();
        await host.CreateClient().PostAsync(TeamsFixtures.MessageCardSubmit);

        var reply = Assert.Single(host.Connector.SentActivities);
        Assert.Equal("1764404800111", reply.ReplyToId);
        AssertWelcomeCard(reply);
        AdaptiveCardRecorder.RecordAll(host.Connector.SentActivities);
    }

    [Fact]
    public async Task MentionedRequest_IsReadInTheLeadersWords_WithoutTheMention()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = "<at>Leadership Coach</at> our migration took payments down";

        await host.CreateClient().PostAsync(activity);

        var sent = host.Connector.SentActivities;
        Assert.Equal("Incident triage: what is happening, from your message: \u201Cour migration took payments down\u201D", sent[0].Text);
        Assert.Contains("How many customers", Assert.Single(sent[1].Attachments!).Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherText_IsAnsweredWithWhatTheCoachCanDo()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = "<at>Leadership Coach</at> book me a meeting room";

        await host.CreateClient().PostAsync(activity);

        var card = Assert.Single(Assert.Single(host.Connector.SentActivities).Attachments!).Content!.Value.GetRawText();
        Assert.Contains("Triage an incident", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectReplies_Returns200WithTheWelcomeCardInTheBody_AndSendsNothing()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.MessageExpectReplies);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var replies = await response.ReadRepliesAsync();
        var reply = Assert.Single(replies.Activities);
        Assert.Equal("9f3b2d1c-8e7a-4b6c-9d5e-4f3a2b1c0d9e", reply.ReplyToId);
        AssertWelcomeCard(reply);
        Assert.Empty(host.Connector.Calls);
        AdaptiveCardRecorder.RecordAll(replies.Activities);
    }

    private static void AssertWelcomeCard(Activity activity)
    {
        Assert.Equal(ActivityTypes.Message, activity.Type);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(AdaptiveCard.ContentType, attachment.ContentType);
        var card = attachment.Content!.Value;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Leadership Coach", card.GetProperty("body")[0].GetProperty("text").GetString());
    }
}
