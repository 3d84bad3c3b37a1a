using System.Text.Json;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Token = "eyJ.fake.token";

    private ConnectorStandIn _connector = null!;
    private ServiceProvider _services = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _services = ConnectorServices.Build(tokenProvider: new FakeBotTokenProvider(Token));
        _client = _services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData(TeamsActivities.PersonalConversationId, "/v3/conversations/a%3A1Xy%3Bmessageid%3D1658/activities/1658")]
    [InlineData(TeamsActivities.ChannelConversationId, "/v3/conversations/19%3Aabc%40thread.tacv2/activities/1658")]
    public async Task ReplyToActivity_TeamsConversationIds_PostsToEscapedUrl(string conversationId, string expectedTarget)
    {
        var response = await _client.ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, conversationId));

        var request = await _connector.NextRequestAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedTarget, request.RawTarget);
        Assert.Equal("created-1", response.Id);
    }

    [Fact]
    public async Task ReplyToActivity_Message_SendsProtocolJsonAndBearerToken()
    {
        await _client.ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId, "Try naming the impact first."));

        var request = await _connector.NextRequestAsync();
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        Assert.Equal("Try naming the impact first.", root.GetProperty("text").GetString());
        Assert.Equal("1658", root.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsActivities.ChannelConversationId, root.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("28:bot-app-id", root.GetProperty("from").GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("locale", out _), "null fields are left out of the wire JSON");
    }

    [Theory]
    [InlineData("", "/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    [InlineData("/", "/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    [InlineData("/amer/", "/amer/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    [InlineData("/amer", "/amer/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    [InlineData("/_connector", "/_connector/v3/conversations/19%3Aabc%40thread.tacv2/activities")]
    public async Task SendToConversation_ServiceUrlShapes_PostsUnderServiceUrl(string suffix, string expectedTarget)
    {
        var activity = TeamsActivities.Reply(_connector.BaseUrl + suffix, TeamsActivities.ChannelConversationId);
        activity.ReplyToId = null;

        await _client.SendToConversationAsync(activity);

        var request = await _connector.NextRequestAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedTarget, request.RawTarget);
    }

    [Fact]
    public async Task UpdateActivity_ActivityWithId_PutsToItsUrl()
    {
        var activity = TeamsActivities.Reply(_connector.BaseUrl + "/amer/", TeamsActivities.PersonalConversationId, "Updated card");
        activity.Id = "1:bot-message;x=1";
        _connector.Enqueue(200, """{"id":"1:bot-message;x=1"}""");

        var response = await _client.UpdateActivityAsync(activity);

        var request = await _connector.NextRequestAsync();
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D1658/activities/1%3Abot-message%3Bx%3D1", request.RawTarget);
        Assert.Equal("Updated card", JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString());
        Assert.Equal("1:bot-message;x=1", response.Id);
    }

    [Fact]
    public async Task DeleteActivity_Reference_DeletesWithoutBody()
    {
        _connector.Enqueue(200);
        var reference = new ConversationReference
        {
            ServiceUrl = _connector.BaseUrl,
            ActivityId = "1700000000000",
            Conversation = new ConversationAccount { Id = TeamsActivities.ChannelConversationId },
        };

        await _client.DeleteActivityAsync(reference);

        var request = await _connector.NextRequestAsync();
        Assert.Equal("DELETE", request.Method);
        Assert.Equal("/v3/conversations/19%3Aabc%40thread.tacv2/activities/1700000000000", request.RawTarget);
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.Empty(request.Body);
    }

    [Theory]
    [InlineData(200, "")]
    [InlineData(201, "{}")]
    [InlineData(202, "accepted")]
    public async Task ReplyToActivity_SuccessWithoutResourceId_ReturnsNullId(int statusCode, string body)
    {
        _connector.Enqueue(statusCode, body);

        var response = await _client.ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId));

        Assert.Null(response.Id);
        Assert.Equal(1, _connector.RequestCount);
    }

    [Fact]
    public async Task ReplyToActivity_NoReplyToId_ThrowsBeforeSending()
    {
        var activity = TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId);
        activity.ReplyToId = null;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _client.ReplyToActivityAsync(activity));

        Assert.Contains("replyToId", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _connector.RequestCount);
    }

    [Fact]
    public async Task SendToConversation_TokenToPlainHttpRemoteHost_RefusesToSend()
    {
        var activity = TeamsActivities.Reply("http://connector.invalid/teams/", TeamsActivities.ChannelConversationId);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(activity));

        Assert.Equal("ServiceUrlNotAllowed", error.ErrorCode);
    }
}
