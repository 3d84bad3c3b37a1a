using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// The signing keys of one OpenID metadata URL. Keys are fetched on first use, again once they are
/// older than the refresh interval, and on demand when a token names an unknown <c>kid</c> — but
/// never more than once per minimum interval, so bad requests cannot make the bot hammer the key
/// endpoint. When a refresh fails the previous keys stay in use.
/// </summary>
internal sealed class SigningKeyCache(
    Uri metadataUrl,
    SigningKeySource source,
    BotAuthenticationOptions options,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _current;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _lastFailure = DateTimeOffset.MinValue;

    public Uri MetadataUrl => metadataUrl;

    public async Task<SigningKeySet> GetKeysAsync(CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && !IsStale(current, timeProvider.GetUtcNow()))
        {
            return current.Keys;
        }

        return await RefreshAsync(unknownKey: false, cancellationToken);
    }

    /// <summary>Fetches again because a token names a key not in the set, at most once per minimum interval.</summary>
    public Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken) =>
        RefreshAsync(unknownKey: true, cancellationToken);

    public void Dispose() => _gate.Dispose();

    private bool IsStale(Snapshot current, DateTimeOffset now) => now - current.FetchedAt >= options.SigningKeyRefreshInterval;

    private bool IsRecent(DateTimeOffset moment, DateTimeOffset now) =>
        moment != DateTimeOffset.MinValue && now - moment < options.MinimumSigningKeyRefreshInterval;

    private async Task<SigningKeySet> RefreshAsync(bool unknownKey, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            var current = _current;
            if (current is not null && (IsRecent(_lastFailure, now) || (unknownKey ? IsRecent(_lastUnknownKeyRefresh, now) : !IsStale(current, now))))
            {
                return current.Keys;
            }

            if (current is null && IsRecent(_lastFailure, now))
            {
                throw Unavailable(null, now);
            }

            if (unknownKey)
            {
                _lastUnknownKeyRefresh = now;
            }

            return await FetchAsync(now, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var keys = await source.FetchAsync(metadataUrl, cancellationToken);
            Volatile.Write(ref _current, new Snapshot(keys, now));
            AuthenticationLog.SigningKeysFetched(logger, metadataUrl, keys.Count);
            return keys;
        }
        catch (Exception exception) when (IsFetchFailure(exception, cancellationToken))
        {
            _lastFailure = now;
            AuthenticationLog.SigningKeysFetchFailed(logger, metadataUrl, _current is not null, Describe(exception));
            return _current?.Keys ?? throw Unavailable(exception, now);
        }
    }

    private static bool IsFetchFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or JsonException or InvalidDataException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private AuthenticationUnavailableException Unavailable(Exception? inner, DateTimeOffset now)
    {
        var retryAfter = _lastFailure + options.MinimumSigningKeyRefreshInterval - now;
        return new(
            $"The signing keys from {metadataUrl} could not be loaded, so inbound tokens cannot be validated. " +
            $"Check {BotAuthenticationOptions.SectionName}:OpenIdMetadataUrl (or EntraOpenIdMetadataUrl) and outbound access to it.",
            retryAfter > TimeSpan.FromSeconds(1) ? retryAfter : TimeSpan.FromSeconds(1),
            inner);
    }

    /// <summary>One line on why a fetch failed: the exception type and, for HTTP, the status; never a stack.</summary>
    private static string Describe(Exception exception) => exception switch
    {
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
        HttpRequestException http => $"HTTP request failed ({http.HttpRequestError})",
        OperationCanceledException => $"no answer within {BotAuthenticationOptions.SectionName}:KeyFetchTimeout",
        _ => exception.GetType().Name,
    };

    private sealed record Snapshot(SigningKeySet Keys, DateTimeOffset FetchedAt);
}
