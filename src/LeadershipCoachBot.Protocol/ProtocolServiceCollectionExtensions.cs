using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipCoachBot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework protocol: the <see cref="CloudAdapter"/> behind <c>/api/messages</c>, the
    /// redelivery filter, inbound authentication and the connector client. Settings come from the
    /// configuration root (<c>MicrosoftAppId</c>…) and its <c>Bot</c> section; they are checked at start-up.
    /// </summary>
    public static IServiceCollection AddProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CloudAdapterOptions>()
            .Bind(configuration.GetSection(CloudAdapterOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes is >= 4 * 1024 and <= 16 * 1024 * 1024,
                "Bot:MaxRequestBodyBytes must be between 4096 and 16777216 bytes.")
            .Validate(o => o.DuplicateActivityWindow >= TimeSpan.FromSeconds(30),
                "Bot:DuplicateActivityWindow must be at least 00:00:30: Teams re-sends an activity after 15 seconds.")
            .Validate(o => o.MaxRememberedActivities > 0,
                "Bot:MaxRememberedActivities must be positive.")
            .ValidateOnStart();

        services.AddBotFrameworkAuthentication(configuration);
        services.AddConnectorClient(configuration);

        services.TryAddSingleton<ActivityDeduplicator>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }
}
