using System.Net;
using LeadershipCoachBot.Protocol.Connector;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryHandlerTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    public void IsRetryable_Status_OnlyThrottlingAndTransientGatewayFailures(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, ConnectorRetryHandler.IsRetryable(status));
}
