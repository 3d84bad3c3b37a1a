using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// Sends a connector request again when the service throttles it (429) or is briefly unavailable
/// (503), or answers 412, 502 or 504 as Teams asks bots to retry, up to
/// <see cref="BotConnectorOptions.MaxRetries"/> times. Waits go through the injected
/// <see cref="TimeProvider"/>. The request's content must be re-readable (the client sends bytes).
/// Other responses are handed back unchanged.
/// </summary>
internal sealed class ConnectorRetryHandler(
    IOptions<BotConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    public static bool IsRetryable(HttpStatusCode statusCode) => statusCode is
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        for (var retry = 1; ; retry++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsRetryable(response.StatusCode) || retry > settings.MaxRetries)
            {
                return response;
            }

            var delay = DelayBefore(retry, response, request, settings);
            if (delay is null)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(delay.Value, timeProvider, cancellationToken);
        }
    }

    private TimeSpan? DelayBefore(int retry, HttpResponseMessage response, HttpRequestMessage request, BotConnectorOptions settings)
    {
        request.Options.TryGetValue(ConnectorRequestKeys.Operation, out var operation);
        request.Options.TryGetValue(ConnectorRequestKeys.ConversationHash, out var conversationHash);
        operation ??= request.Method.Method;
        conversationHash ??= string.Empty;

        var retryAfter = ConnectorRetryDelay.RetryAfter(response.Headers.RetryAfter, timeProvider.GetUtcNow());
        if (retryAfter > settings.MaxDelay)
        {
            ConnectorLog.RetryAfterTooLong(logger, operation, (int)response.StatusCode,
                (long)retryAfter.Value.TotalMilliseconds, (long)settings.MaxDelay.TotalMilliseconds, conversationHash);
            return null;
        }

        var delay = retryAfter ?? ConnectorRetryDelay.Backoff(retry, settings, Random.Shared.NextDouble());
        ConnectorLog.Retrying(logger, operation, (int)response.StatusCode, retry, settings.MaxRetries,
            (long)delay.TotalMilliseconds, conversationHash);
        return delay;
    }
}
