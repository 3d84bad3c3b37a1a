using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class AnonymousConnectorClientTests
{
    [Fact]
    public async Task ReplyToActivity_NoAppIdConfigured_SendsNoAuthorizationHeader()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var services = ConnectorServices.Build(settings: [("MicrosoftAppType", "MultiTenant")]);
        var client = services.GetRequiredService<IConnectorClient>();

        var response = await client.ReplyToActivityAsync(TeamsActivities.Reply(connector.BaseUrl, TeamsActivities.PersonalConversationId));

        var request = await connector.NextRequestAsync();
        Assert.Null(request.Authorization);
        Assert.Equal("/v3/conversations/a%3A1Xy%3Bmessageid%3D1658/activities/1658", request.RawTarget);
        Assert.Equal("created-1", response.Id);
    }
}
