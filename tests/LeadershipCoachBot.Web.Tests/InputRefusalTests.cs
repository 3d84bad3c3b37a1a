using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Activities no turn can use are refused with a 400 naming the field, and lose nothing.</summary>
public sealed class InputRefusalTests
{
    [Theory]
    [InlineData("channelId")]
    [InlineData("conversation.id")]
    [InlineData("from.id")]
    [InlineData("type")]
    public async Task MissingRequiredField_Is400NamingIt_AndNothingIsSent(string field)
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageCardSubmit);
        var parts = field.Split('.');
        (parts.Length == 1 ? activity : activity[parts[0]]!.AsObject()).Remove(parts[^1]);

        var response = await host.CreateClient().PostAsync(activity);

        await AssertRefusedAsync(response, field == "type" ? "no type" : $"\"{field}\"");
        Assert.Empty(host.Connector.Calls);
    }

    [Theory]
    [InlineData("membersAdded")]
    [InlineData("membersRemoved")]
    [InlineData("entities")]
    public async Task NullInAList_MidTriage_Is400NamingIt_AndTheTriageGoesOn(string list)
    {
        await using var host = new CoachBotFactory();
        var client = host.CreateClient();
        var chat = new StateChat();
        await chat.SayAsync(client, "triage");
        await chat.SayAsync(client, SkipWord);

        var update = chat.Message("ignored");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update[list] = new JsonArray(null, JsonNode.Parse("""{"id":"29:someone"}"""));
        var response = await client.PostAsync(update);
        var next = StateChat.Says(await chat.SayAsync(client, "most"));

        await AssertRefusedAsync(response, $"\"{list}\" list holds null at index 0");
        Assert.Contains(DataQuestion, next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoneSurrogateInCardValue_MidTriage_IsReplaced_AndTheTriageGoesOn()
    {
        await using var host = new CoachBotFactory();
        var client = host.CreateClient();
        var chat = new StateChat();
        await chat.SayAsync(client, "triage");

        var submit = chat.Message("x");
        submit.Remove("text");
        submit["value"] = new JsonObject { [SummaryInputId] = "checkout LONE is down" };
        var body = submit.ToJsonString().Replace("LONE", "\\ud800", StringComparison.Ordinal);
        using var response = await client.PostAsync(MessagesEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));
        var replies = StateChat.Says((await response.ReadRepliesAsync()).Activities);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ImpactQuestion, replies, StringComparison.Ordinal);
        Assert.DoesNotContain(CoachReplies.SomethingWentWrong, replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoneSurrogateInText_IsReplaced_TheTurnRuns()
    {
        await using var host = new CoachBotFactory();
        var chat = new StateChat();
        var message = chat.Message("LONE blue giraffes");
        var body = message.ToJsonString().Replace("LONE", "\\udfff", StringComparison.Ordinal);

        using var response = await host.CreateClient().PostAsync(MessagesEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));
        var replies = StateChat.Says((await response.ReadRepliesAsync()).Activities);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(CoachReplies.NotUnderstood, replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenThousandMembersAdded_OneWelcomeNamingNobody()
    {
        await using var host = new CoachBotFactory();
        var update = TeamsFixtures.Load(TeamsFixtures.ConversationUpdateMemberAdded);
        var members = new JsonArray();
        for (var i = 0; i < 10_000; i++)
        {
            members.Add(i < 100 ? new JsonObject { ["id"] = $"29:m{i}", ["name"] = $"Person Number{i}" } : new JsonObject { ["id"] = $"29:m{i}" });
        }

        update["membersAdded"] = members;
        var response = await host.CreateClient().PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(host.Connector.SentActivities);
        Assert.DoesNotContain("Person Number", StateChat.Says([welcome]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneMemberAdded_WelcomeNamesThem()
    {
        await using var host = new CoachBotFactory();

        var response = await host.CreateClient().PostAsync(TeamsFixtures.ConversationUpdateMemberAdded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Megan", StateChat.Says([Assert.Single(host.Connector.SentActivities)]), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string detailPart)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(detailPart, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
