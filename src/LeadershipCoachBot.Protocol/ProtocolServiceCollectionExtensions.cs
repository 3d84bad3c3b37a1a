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
    /// The Bot Framework protocol: the <see cref="CloudAdapter"/> behind <c>/api/messages</c>,
    /// inbound authentication and the connector client. Settings come from the
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
            .Validate(o => o.TurnTimeout > TimeSpan.Zero && o.TurnTimeout <= TimeSpan.FromSeconds(12),
                "Bot:TurnTimeout must be between 00:00:00 and 00:00:12: Teams waits 15 seconds for a turn and the reply needs time too.")
            .Validate(o => o.StorageTimeout > TimeSpan.Zero && o.StorageTimeout < o.TurnTimeout,
                "Bot:StorageTimeout must be positive and shorter than Bot:TurnTimeout.")
            .ValidateOnStart();

        services.AddBotFrameworkAuthentication(configuration);
        services.AddConnectorClient(configuration);

        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }
}
