using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// The bot's token by the OAuth client credentials grant (app id and password), for
/// <c>MultiTenant</c> bots from the <c>botframework.com</c> tenant and for <c>SingleTenant</c> bots
/// from their own tenant. MSAL keeps the token in its in-memory cache until shortly before expiry.
/// </summary>
public sealed class ClientCredentialsBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;
    private readonly string _authority;
    private readonly ILogger<ClientCredentialsBotTokenProvider> _logger;

    public ClientCredentialsBotTokenProvider(
        IOptions<BotAppOptions> appOptions,
        IOptions<BotConnectorOptions> connectorOptions,
        IMsalHttpClientFactory httpClientFactory,
        ILogger<ClientCredentialsBotTokenProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(appOptions);
        ArgumentNullException.ThrowIfNull(connectorOptions);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(logger);
        var app = appOptions.Value;
        var connector = connectorOptions.Value;
        if (app.IsAnonymous || string.IsNullOrWhiteSpace(app.MicrosoftAppPassword))
        {
            throw new InvalidOperationException(
                $"A {app.MicrosoftAppType} bot needs MicrosoftAppId and MicrosoftAppPassword to get a connector token. " +
                "Set both, set MicrosoftAppType to UserAssignedMSI for a managed identity, or clear MicrosoftAppId to run anonymously.");
        }

        _authority = connector.AuthorityFor(TenantOf(app, connector));
        _scopes = [connector.OAuthScope];
        _logger = logger;
        _application = ConfidentialClientApplicationBuilder.Create(app.MicrosoftAppId)
            .WithAuthority(_authority, validateAuthority: true)
            .WithClientSecret(app.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
            ConnectorLog.TokenAcquired(_logger, result.AuthenticationResultMetadata.TokenSource.ToString(), result.ExpiresOn);
            return result.AccessToken;
        }
        catch (MsalServiceException ex)
        {
            ConnectorLog.TokenFailed(_logger, _authority, ex.ErrorCode, ex.StatusCode);
            throw new InvalidOperationException(
                $"Could not get a Bot Connector token from {_authority} ({ex.ErrorCode}). " +
                "Check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId against the Azure Bot resource.",
                ex);
        }
    }

    private static string TenantOf(BotAppOptions app, BotConnectorOptions connector)
    {
        if (app.MicrosoftAppType != MicrosoftAppType.SingleTenant)
        {
            return connector.ChannelAuthTenant;
        }

        return string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId)
            ? throw new InvalidOperationException(
                "A SingleTenant bot needs MicrosoftAppTenantId: set it to the tenant id of the bot's app registration.")
            : app.MicrosoftAppTenantId;
    }
}
