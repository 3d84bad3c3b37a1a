using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// The bot's token from its user-assigned managed identity (<c>UserAssignedMSI</c>), whose client id
/// is the bot's <c>MicrosoftAppId</c>. MSAL caches the token.
/// </summary>
public sealed class ManagedIdentityBotTokenProvider : IBotTokenProvider
{
    private const string DefaultScopeSuffix = "/.default";

    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;
    private readonly ILogger<ManagedIdentityBotTokenProvider> _logger;

    public ManagedIdentityBotTokenProvider(
        IOptions<BotAppOptions> appOptions,
        IOptions<BotConnectorOptions> connectorOptions,
        IMsalHttpClientFactory httpClientFactory,
        ILogger<ManagedIdentityBotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(appOptions);
        ArgumentNullException.ThrowIfNull(connectorOptions);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(logger);
        var app = appOptions.Value;
        if (app.IsAnonymous)
        {
            throw new InvalidOperationException(
                "A UserAssignedMSI bot needs MicrosoftAppId: set it to the client id of the bot's user-assigned managed identity.");
        }

        var scope = connectorOptions.Value.OAuthScope;
        _resource = scope.EndsWith(DefaultScopeSuffix, StringComparison.Ordinal) ? scope[..^DefaultScopeSuffix.Length] : scope;
        _logger = logger;
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(app.MicrosoftAppId))
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForManagedIdentity(_resource).ExecuteAsync(cancellationToken);
            ConnectorLog.TokenAcquired(_logger, result.AuthenticationResultMetadata.TokenSource.ToString(), result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalServiceException ex)
        {
            ConnectorLog.TokenFailed(_logger, "managed identity", ex.ErrorCode, ex.StatusCode);
            throw new InvalidOperationException(
                $"Could not get a Bot Connector token from the managed identity ({ex.ErrorCode}). " +
                "Check that the identity whose client id is MicrosoftAppId is assigned to this host.",
                ex);
        }
    }
}
