using System.Net.Http.Headers;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// How long to wait before sending a throttled request again: the server's <c>Retry-After</c>
/// (delta seconds or an HTTP date) when given, else exponential backoff with jitter, never past
/// <see cref="BotConnectorOptions.MaxDelay"/>.
/// </summary>
internal static class ConnectorRetryDelay
{
    /// <summary>The <c>Retry-After</c> wait, if the response names one; a date in the past means now.</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>
    /// The backoff before retry number <paramref name="retry"/> (1-based): half of
    /// <c>BaseDelay × 2^(retry-1)</c> plus a random share of the other half, capped at <c>MaxDelay</c>.
    /// </summary>
    public static TimeSpan Backoff(int retry, BotConnectorOptions options, double jitter)
    {
        var exponent = Math.Min(retry - 1, 30);
        var ceiling = Math.Min(options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (ceiling / 2 * jitter));
    }
}
