using System.Net;
using System.Net.Sockets;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorFailureTests : IAsyncLifetime
{
    private const string SecretText = "I take full responsibility for the migration outage";

    private readonly TimerRecordingTimeProvider _clock = new();
    private readonly RecordedLogs _logs = new();
    private ConnectorStandIn _connector = null!;
    private ServiceProvider _services = null!;
    private IConnectorClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorStandIn.StartAsync();
        _services = ConnectorServices.Build(_clock, new FakeBotTokenProvider("failure-token"), _logs);
        _client = _services.GetRequiredService<IConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData(400, HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData(403, HttpStatusCode.Forbidden, "ConversationBlockedByUser")]
    [InlineData(500, HttpStatusCode.InternalServerError, "ServiceError")]
    public async Task ReplyToActivity_ErrorStatus_ThrowsConnectorExceptionWithoutRetry(int status, HttpStatusCode expected, string code)
    {
        _connector.Enqueue(status, $$$"""{"error":{"code":"{{{code}}}","message":"refused"}}""", ("X-Correlating-OperationId", "op-42"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId, SecretText)));

        Assert.Equal(expected, error.StatusCode);
        Assert.Equal(ConnectorOperations.ReplyToActivity, error.Operation);
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains(code, error.ResponseBody, StringComparison.Ordinal);
        Assert.Contains(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _connector.RequestCount);
        Assert.Equal(0, _clock.TimersCreated);
    }

    [Fact]
    public async Task DeleteActivity_LongErrorBody_KeepsOnlyItsStart()
    {
        _connector.Enqueue(404, new string('x', 5000));
        var reference = new global::LeadershipCoachBot.Protocol.Schema.ConversationReference
        {
            ServiceUrl = _connector.BaseUrl,
            ActivityId = "gone",
            Conversation = new global::LeadershipCoachBot.Protocol.Schema.ConversationAccount { Id = TeamsActivities.PersonalConversationId },
        };

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.DeleteActivityAsync(reference));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(ConnectorOperations.DeleteActivity, error.Operation);
        Assert.Equal(512, error.ResponseBody!.Length);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public async Task ReplyToActivity_Failure_LogsStatusAndHashButNeverTheText()
    {
        _connector.Enqueue(500, """{"error":{"code":"ServiceError"}}""", ("X-Correlating-OperationId", "op-42"));

        await Assert.ThrowsAsync<ConnectorException>(() =>
            _client.ReplyToActivityAsync(TeamsActivities.Reply(_connector.BaseUrl, TeamsActivities.ChannelConversationId, SecretText)));

        var failure = Assert.Single(_logs.Entries, e => e.EventId == LogEventIds.ConnectorFailed);
        Assert.Contains("ReplyToActivity", failure.Message, StringComparison.Ordinal);
        Assert.Contains("InternalServerError", failure.Message, StringComparison.Ordinal);
        Assert.Contains("op-42", failure.Message, StringComparison.Ordinal);
        Assert.All(_logs.Entries, e =>
        {
            Assert.DoesNotContain(SecretText, e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TeamsActivities.ChannelConversationId, e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SendToConversation_NothingListening_ThrowsConnectorExceptionWithoutStatus()
    {
        var closedPort = ClosedLoopbackPort();
        var activity = TeamsActivities.Reply($"http://127.0.0.1:{closedPort}/", TeamsActivities.ChannelConversationId);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(activity));

        Assert.Null(error.StatusCode);
        Assert.Equal(ConnectorOperations.SendToConversation, error.Operation);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
