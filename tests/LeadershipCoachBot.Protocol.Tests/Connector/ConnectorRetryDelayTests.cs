using System.Net.Http.Headers;
using LeadershipCoachBot.Protocol.Connector;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(3, 1.0, 4000)]
    [InlineData(5, 1.0, 10000)]
    [InlineData(40, 0.0, 5000)]
    public void Backoff_RetryAndJitter_DoublesWithinCap(int retry, double jitter, int expectedMs)
    {
        var options = new BotConnectorOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10) };

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ConnectorRetryDelay.Backoff(retry, options, jitter));
    }

    [Fact]
    public void RetryAfter_DeltaSeconds_IsThatDelta() =>
        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetryDelay.RetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now));

    [Fact]
    public void RetryAfter_FutureDate_IsTimeUntilIt() =>
        Assert.Equal(TimeSpan.FromSeconds(4), ConnectorRetryDelay.RetryAfter(new RetryConditionHeaderValue(Now.AddSeconds(4)), Now));

    [Fact]
    public void RetryAfter_PastDate_IsZero() =>
        Assert.Equal(TimeSpan.Zero, ConnectorRetryDelay.RetryAfter(new RetryConditionHeaderValue(Now.AddSeconds(-30)), Now));

    [Fact]
    public void RetryAfter_Absent_IsNull() =>
        Assert.Null(ConnectorRetryDelay.RetryAfter(null, Now));
}
