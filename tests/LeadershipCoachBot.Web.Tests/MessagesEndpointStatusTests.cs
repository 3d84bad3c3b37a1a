using System.Net;
using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Testing.Fakes;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>The HTTP contract of <c>/api/messages</c>, status by status.</summary>
public sealed class MessagesEndpointStatusTests
{
    [Fact]
    public async Task Post_InstallationUpdate_Returns200WithEmptyBody()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.InstallationUpdateAdd);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_Typing_Returns200AndSendsNothing()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.Typing);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_BodyNotJson_Returns400ProblemDetails()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(
            MessagesEndpoint.Route, new StringContent("type=message&text=hi", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "not a JSON activity");
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_ActivityWithoutType_Returns400ProblemDetails()
    {
        await using var host = new CoachBotFactory();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity.Remove("type");

        var response = await host.CreateClient().PostAsync(activity);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "no type");
    }

    [Fact]
    public async Task Post_AppIdConfiguredAndTokenRejected_Returns401WithoutBodyOrTurn()
    {
        await using var host = new CoachBotFactory { Authentication = FakeBotFrameworkAuthentication.RequiringHeader("Bearer valid-token") };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";
        var client = host.CreateClient();

        var missing = await client.PostAsync(TeamsFixtures.InstallationUpdateAdd);
        var wrong = await client.PostAsync(TeamsFixtures.InstallationUpdateAdd, "Bearer forged-token");

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Empty(await missing.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Connector.Calls);
        Assert.Equal([null, "Bearer forged-token"], host.Authentication.SeenHeaders);
    }

    [Fact]
    public async Task Post_AppIdConfiguredAndTokenAccepted_RunsTheTurn()
    {
        await using var host = new CoachBotFactory { Authentication = FakeBotFrameworkAuthentication.RequiringHeader("Bearer valid-token") };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";

        var response = await host.CreateClient().PostAsync(TeamsFixtures.InstallationUpdateAdd, "Bearer valid-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.SentActivities);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task OtherMethods_Return405(string method)
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), MessagesEndpoint.Route));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        await using var host = new CoachBotFactory();
        host.Settings["Bot:MaxRequestBodyBytes"] = "4096";
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = new string('a', 5000);

        var response = await host.CreateClient().PostAsync(activity);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "Bot:MaxRequestBodyBytes");
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_BodyOverLimitWithoutContentLength_Returns413()
    {
        await using var host = new CoachBotFactory();
        host.Settings["Bot:MaxRequestBodyBytes"] = "4096";
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = new string('a', 5000);
        var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        content.Headers.ContentType = new("application/json");

        var response = await host.CreateClient().PostAsync(MessagesEndpoint.Route, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_IsProcessed()
    {
        await using var host = new CoachBotFactory();
        host.Settings["Bot:MaxRequestBodyBytes"] = "8192";
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageGroupMention);
        activity["text"] = new string('a', 5000);

        var response = await host.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Connector.SentActivities);
    }

    [Fact]
    public async Task Healthz_Returns200()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailPart)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detailPart, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
