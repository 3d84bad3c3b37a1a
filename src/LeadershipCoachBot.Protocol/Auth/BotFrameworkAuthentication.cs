using System.Security.Claims;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// Validates the bearer token the Bot Connector sends with each activity: a Bot Framework-issued
/// channel token, or an Entra-issued token from a Bot Service tenant (or the bot's own tenant when it
/// is single-tenant or a user-assigned managed identity).
/// </summary>
/// <remarks>
/// The token must be signed with RS256/384/512 by a key the issuer's OpenID metadata publishes, be
/// within its lifetime give or take the clock skew, be for this bot (<c>aud</c> = MicrosoftAppId) and
/// fit the activity (see <see cref="TokenBinding"/>). The <c>Bearer</c> scheme is matched
/// case-insensitively. Without a configured app id, a request without a header is let through as
/// anonymous and a request with one is refused, as the Bot Framework SDK does. On success
/// <c>activity.CallerId</c> is set to the configured caller id; the value received is always discarded.
/// Failures throw <see cref="UnauthorizedAccessException"/>, except when no signing keys could ever be
/// loaded, which throws <see cref="AuthenticationUnavailableException"/> (a server fault, not the caller's).
/// </remarks>
public sealed class BotFrameworkAuthentication : IBotFrameworkAuthentication, IDisposable
{
    /// <summary>The named <see cref="HttpClient"/> used to fetch OpenID metadata and keys.</summary>
    public const string HttpClientName = "BotFrameworkAuthentication";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAppOptions _app;
    private readonly BotAuthenticationOptions _options;
    private readonly TokenIssuers _issuers;
    private readonly SigningKeyCache _botFrameworkKeys;
    private readonly SigningKeyCache _entraKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly HashSet<string> _allowedCallers;

    public BotFrameworkAuthentication(
        IOptions<BotAppOptions> appOptions,
        IOptions<BotAuthenticationOptions> authenticationOptions,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotFrameworkAuthentication> logger)
    {
        ArgumentNullException.ThrowIfNull(appOptions);
        ArgumentNullException.ThrowIfNull(authenticationOptions);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _app = appOptions.Value;
        _options = authenticationOptions.Value;
        _issuers = new TokenIssuers(_app, _options);
        _allowedCallers = new HashSet<string>(_options.AllowedCallers.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        if (!_app.IsAnonymous)
        {
            _allowedCallers.Add(_app.MicrosoftAppId!.Trim());
        }

        _timeProvider = timeProvider;
        _logger = logger;
        var source = new SigningKeySource(httpClientFactory);
        _botFrameworkKeys = new SigningKeyCache(new Uri(_options.OpenIdMetadataUrl), source, _options, timeProvider, logger);
        _entraKeys = new SigningKeyCache(new Uri(_options.EntraOpenIdMetadataUrl), source, _options, timeProvider, logger);
    }

    public async Task<ClaimsIdentity> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.CallerId = null;
        if (string.IsNullOrWhiteSpace(authHeader))
        {
            if (!_app.IsAnonymous)
            {
                throw Reject("the request has no Authorization header; the Bot Connector sends 'Bearer <token>'", null, null);
            }

            AuthenticationLog.AnonymousRequestAccepted(_logger);
            return new ClaimsIdentity([], "anonymous");
        }

        // Like the Bot Framework SDK: with no app id there is nothing to check a token against, so a sent header fails.
        if (_app.IsAnonymous)
        {
            throw Reject("an Authorization header was sent but no MicrosoftAppId is configured to validate it; configure MicrosoftAppId or send no header", null, null);
        }

        var token = ReadToken(authHeader);
        var (family, tenantId) = CheckHeader(token);
        var keys = family == TokenFamily.BotFramework ? _botFrameworkKeys : _entraKeys;
        var key = await FindKeyAsync(keys, token, cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(token.Issuer, key.Key));
        if (!result.IsValid)
        {
            throw Reject(ValidationFailure.Describe(result.Exception), token);
        }

        if (TokenBinding.FindMismatch(family, tenantId, key, activity, token, _allowedCallers) is { } mismatch)
        {
            throw Reject(mismatch, token);
        }

        activity.CallerId = _options.CallerId;
        AuthenticationLog.TokenAccepted(_logger, LogValue.Clean(token.Kid), LogValue.Clean(token.Issuer), LogValue.Clean(activity.ChannelId));
        return result.ClaimsIdentity;
    }

    public void Dispose()
    {
        _botFrameworkKeys.Dispose();
        _entraKeys.Dispose();
    }

    private JsonWebToken ReadToken(string authHeader)
    {
        if (!BearerToken.TryParse(authHeader, out var raw))
        {
            throw Reject("the Authorization header is not 'Bearer <token>'", null, null);
        }

        if (!_handler.CanReadToken(raw))
        {
            throw Reject("the bearer token is not a well-formed JWT", null, null);
        }

        try
        {
            return _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            throw Reject("the bearer token is not a well-formed JWT", null, null);
        }
    }

    private (TokenFamily Family, string? TenantId) CheckHeader(JsonWebToken token)
    {
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            throw Reject("the token's signing algorithm is not RS256, RS384 or RS512", token);
        }

        if (!_issuers.TryClassify(token.Issuer, out var family, out var tenantId))
        {
            throw Reject("the token's issuer is not allowed", token);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            throw Reject("the token names no signing key (kid)", token);
        }

        if (TokenLifetimeClaims.FindProblem(token) is { } lifetimeProblem)
        {
            throw Reject(lifetimeProblem, token);
        }

        return (family, tenantId);
    }

    private async Task<EndorsedSigningKey> FindKeyAsync(SigningKeyCache cache, JsonWebToken token, CancellationToken cancellationToken)
    {
        var keys = await cache.GetKeysAsync(cancellationToken);
        if (keys.TryGetKey(token.Kid, out var key))
        {
            return key;
        }

        keys = await cache.RefreshForUnknownKeyAsync(cancellationToken);
        return keys.TryGetKey(token.Kid, out key)
            ? key
            : throw Reject($"the token's signing key is not published at {cache.MetadataUrl}", token);
    }

    private TokenValidationParameters Parameters(string issuer, SecurityKey key) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        RequireAudience = true,
        ValidAudience = _app.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = TokenLifetime.Validator(_timeProvider, _options.ClockSkew),
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
    };

    private UnauthorizedAccessException Reject(string reason, JsonWebToken token) => Reject(reason, token.Kid, token.Issuer);

    private UnauthorizedAccessException Reject(string reason, string? kid, string? issuer)
    {
        AuthenticationLog.TokenRejected(_logger, reason, LogValue.Clean(kid), LogValue.Clean(issuer));
        // The reason without anything quoted from the request keeps the tag's values few.
        BotTelemetry.AuthRejections.Add(1, new KeyValuePair<string, object?>("reason", reason.Split('\'')[0].TrimEnd()));
        return new UnauthorizedAccessException($"Bot Connector request refused: {reason}.");
    }
}
