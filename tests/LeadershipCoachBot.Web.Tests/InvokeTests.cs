using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests;

public sealed class InvokeTests
{
    [Fact]
    public async Task AdaptiveCardAction_HandledByTheBot_ReturnsItsStatusAndBody()
    {
        await using var host = new CoachBotFactory { Bot = new CardActionBot() };
        var response = await host.CreateClient().PostAsync(TeamsFixtures.InvokeAdaptiveCardAction);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Done: markSent", body.RootElement.GetProperty("value").GetString());
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task AdaptiveCardAction_NotHandledByTheCoach_Returns501()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.InvokeAdaptiveCardAction);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task UnknownInvokeName_Returns501WithoutBody()
    {
        await using var host = new CoachBotFactory();
        var response = await host.CreateClient().PostAsync(TeamsFixtures.InvokeUnknown);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(host.Connector.Calls);
    }

    [Fact]
    public async Task AdaptiveCardAction_WithSubmitInsteadOfExecute_Returns400WithErrorBody()
    {
        await using var host = new CoachBotFactory { Bot = new CardActionBot() };
        var activity = TeamsFixtures.Load(TeamsFixtures.InvokeAdaptiveCardAction);
        activity["value"]!["action"]!["type"] = "Action.Submit";

        var response = await host.CreateClient().PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("NotSupported", body.RootElement.GetProperty("value").GetProperty("code").GetString());
    }
}
