using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace LeadershipCoachBot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> as a typed HTTP client with throttling retries, the
    /// bot's token provider chosen by <c>MicrosoftAppType</c> (none when no app id is configured),
    /// <see cref="BotAppOptions"/> from the configuration root, <see cref="BotConnectorOptions"/> from
    /// the <c>BotConnector</c> section, and <see cref="TimeProvider.System"/> unless a clock is registered.
    /// A token provider registered before this call is kept.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.Configure<BotAppOptions>(configuration);
        services.AddOptions<BotConnectorOptions>()
            .Bind(configuration.GetSection(BotConnectorOptions.SectionName))
            .Validate(o => o.MaxRetries >= 0, "BotConnector:MaxRetries must be 0 or more.")
            .Validate(o => o.BaseDelay > TimeSpan.Zero && o.MaxDelay >= o.BaseDelay,
                "BotConnector:BaseDelay must be positive and BotConnector:MaxDelay at least as long.")
            .Validate(o => Uri.IsWellFormedUriString(o.LoginEndpoint, UriKind.Absolute) && !string.IsNullOrWhiteSpace(o.OAuthScope),
                "BotConnector:LoginEndpoint must be an absolute URL and BotConnector:OAuthScope must be set.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Timeout <= TimeSpan.FromSeconds(10),
                "BotConnector:Timeout must be between 00:00:00 and 00:00:10: a turn must stay inside the channel's 15-second wait.")
            .Validate(o => o.AllowedServiceUrlHosts.All(h => !string.IsNullOrWhiteSpace(h) && !h.Contains('/', StringComparison.Ordinal)),
                "BotConnector:AllowedServiceUrlHosts entries must be host names (smba.trafficmanager.net) or *.domain, without scheme or path.");

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MsalHttpClientFactory.ClientName).ConfigureHttpClient(ApplyTimeout);
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.TryAddSingleton(CreateTokenProvider);
        services.TryAddTransient<ConnectorRetryHandler>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigureHttpClient(ApplyTimeout)
            .AddHttpMessageHandler<ConnectorRetryHandler>();
        return services;
    }

    private static void ApplyTimeout(IServiceProvider provider, HttpClient client) =>
        client.Timeout = provider.GetRequiredService<IOptions<BotConnectorOptions>>().Value.Timeout;

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider provider)
    {
        var app = provider.GetRequiredService<IOptions<BotAppOptions>>().Value;
        if (app.IsAnonymous)
        {
            return new AnonymousBotTokenProvider();
        }

        return app.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI
            ? ActivatorUtilities.CreateInstance<ManagedIdentityBotTokenProvider>(provider)
            : ActivatorUtilities.CreateInstance<ClientCredentialsBotTokenProvider>(provider);
    }
}
