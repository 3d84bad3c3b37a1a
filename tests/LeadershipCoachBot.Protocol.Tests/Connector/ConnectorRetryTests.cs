using System.Globalization;
using System.Net;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private const string ThrottledBody = """{"error":{"code":"Throttled","message":"Too many requests"}}""";

    private readonly TimerRecordingTimeProvider _clock = new();
    private readonly RecordedLogs _logs = new();
    private ConnectorStandIn _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorStandIn.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task ReplyToActivity_429WithRetryAfterSeconds_ResendsOnlyAfterThatWait()
    {
        await using var services = Build();
        _connector.Enqueue(429, ThrottledBody, ("Retry-After", "2"));

        var reply = Client(services).ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.PersonalConversationId));
        var first = await _connector.NextRequestAsync();
        var wait = await _clock.NextTimerAsync();

        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(1, _connector.RequestCount);
        Assert.False(reply.IsCompleted);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = await _connector.NextRequestAsync();
        var response = await reply;

        Assert.Equal("created-1", response.Id);
        Assert.Equal(first.RawTarget, second.RawTarget);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Authorization, second.Authorization);
        Assert.Equal(2, _connector.RequestCount);
    }

    [Fact]
    public async Task SendToConversation_429WithRetryAfterDate_WaitsUntilThatDate()
    {
        await using var services = Build(("BotConnector:MaxDelay", "00:00:05"));
        var retryAt = _clock.GetUtcNow().AddSeconds(3).ToString("R", CultureInfo.InvariantCulture);
        _connector.Enqueue(429, ThrottledBody, ("Retry-After", retryAt));

        var send = Client(services).SendToConversationAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId));
        await _connector.NextRequestAsync();

        Assert.Equal(TimeSpan.FromSeconds(3), await _clock.NextTimerAsync());
        _clock.Advance(TimeSpan.FromSeconds(3));
        await _connector.NextRequestAsync();
        Assert.Equal("created-1", (await send).Id);
    }

    [Fact]
    public async Task ReplyToActivity_503Twice_BacksOffExponentiallyWithJitterThenSucceeds()
    {
        await using var services = Build(("BotConnector:BaseDelay", "00:00:01"));
        _connector.Enqueue(503);
        _connector.Enqueue(503);

        var reply = Client(services).ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId));
        await _connector.NextRequestAsync();
        var firstWait = await _clock.NextTimerAsync();
        Assert.InRange(firstWait, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        _clock.Advance(firstWait);

        await _connector.NextRequestAsync();
        var secondWait = await _clock.NextTimerAsync();
        Assert.InRange(secondWait, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        _clock.Advance(secondWait);

        await _connector.NextRequestAsync();
        Assert.Equal("created-1", (await reply).Id);
        Assert.Equal(3, _connector.RequestCount);
        Assert.Equal(2, _logs.Entries.Count(e => e.EventId == LogEventIds.ConnectorRetrying));
    }

    [Fact]
    public async Task ReplyToActivity_ThrottledPastRetryLimit_ThrowsConnectorException()
    {
        await using var services = Build(("BotConnector:MaxRetries", "2"));
        for (var i = 0; i < 3; i++)
        {
            _connector.Enqueue(429, ThrottledBody, ("Retry-After", "1"));
        }

        var reply = Client(services).ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.PersonalConversationId));
        for (var retry = 0; retry < 2; retry++)
        {
            await _connector.NextRequestAsync();
            Assert.Equal(TimeSpan.FromSeconds(1), await _clock.NextTimerAsync());
            _clock.Advance(TimeSpan.FromSeconds(1));
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() => reply);

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(ConnectorOperations.ReplyToActivity, error.Operation);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(3, _connector.RequestCount);
        Assert.Equal(2, _clock.TimersCreated);
    }

    [Fact]
    public async Task ReplyToActivity_RetryAfterBeyondMaxDelay_ThrowsWithoutWaiting()
    {
        await using var services = Build(("BotConnector:MaxDelay", "00:00:10"));
        _connector.Enqueue(429, ThrottledBody, ("Retry-After", "60"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.PersonalConversationId)));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(1, _connector.RequestCount);
        Assert.Equal(0, _clock.TimersCreated);
        Assert.Contains(_logs.Entries, e => e.EventId == LogEventIds.ConnectorRetryAfterTooLong);
    }

    [Fact]
    public async Task ReplyToActivity_RetriesTurnedOff_Throws503AtOnce()
    {
        await using var services = Build(("BotConnector:MaxRetries", "0"));
        _connector.Enqueue(503);

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(services).ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.PersonalConversationId)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1, _connector.RequestCount);
        Assert.Equal(0, _clock.TimersCreated);
    }

    private ServiceProvider Build(params (string Key, string Value)[] settings) =>
        ConnectorServices.Build(_clock, new FakeBotTokenProvider("retry-token"), _logs, settings);

    private static IConnectorClient Client(ServiceProvider services) => services.GetRequiredService<IConnectorClient>();
}
