using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class CreateConversationTests : IAsyncLifetime
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

    private static ConversationParameters OneOnOne() => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount("28:bot-app-id", "Leadership Coach"),
        Members = [new ChannelAccount("29:user-1", "Alex Wilber")],
        TenantId = "tenant-1",
        ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } }),
    };

    [Theory]
    [InlineData("/amer/", "/amer/v3/conversations")]
    [InlineData("", "/v3/conversations")]
    public async Task CreateConversation_OneOnOne_PostsParametersWithTokenAndReturnsTheId(string suffix, string expectedTarget)
    {
        _connector.Enqueue(201, """{"id":"a:1on1-conversation","activityId":null,"serviceUrl":"https://smba.trafficmanager.net/amer/"}""");

        var created = await _client.CreateConversationAsync(_connector.BaseUrl + suffix, OneOnOne());

        var request = await _connector.NextRequestAsync();
        Assert.Equal("POST", request.Method);
        Assert.Equal(expectedTarget, request.RawTarget);
        Assert.Equal($"Bearer {Token}", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user-1", root.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("28:bot-app-id", root.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("tenant-1", root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(root.TryGetProperty("activity", out _), "null fields are left out of the wire JSON");
        Assert.Equal("a:1on1-conversation", created.Id);
    }

    [Fact]
    public async Task CreateConversation_BotNotInstalledForTheUser_ThrowsWithTheStatus()
    {
        _connector.Enqueue(403, """{"error":{"code":"BotNotInRoster","message":"The bot is not part of the conversation roster."}}""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.CreateConversationAsync(_connector.BaseUrl, OneOnOne()));

        Assert.Equal(HttpStatusCode.Forbidden, failure.StatusCode);
        Assert.Equal(ConnectorOperations.CreateConversation, failure.Operation);
        Assert.Equal("BotNotInRoster", failure.ErrorCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("not json")]
    public async Task CreateConversation_AnswerWithoutAnId_Throws(string answer)
    {
        _connector.Enqueue(201, answer);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => _client.CreateConversationAsync(_connector.BaseUrl, OneOnOne()));

        Assert.Contains("without a conversation id", failure.Message, StringComparison.Ordinal);
    }
}
