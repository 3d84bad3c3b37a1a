using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web;

public static class HostServiceCollectionExtensions
{
    /// <summary>
    /// The host's own checks: <c>/healthz</c>, no unauthenticated bot outside Development, and replies
    /// to loopback service URLs (the local Agents Playground) in Development only.
    /// </summary>
    public static IServiceCollection AddHostChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHealthChecks();
        services.AddOptions<BotAppOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAppOptions>, ProductionIdentityCheck>());
        services.AddOptions<BotConnectorOptions>()
            .PostConfigure<IHostEnvironment>((options, environment) => options.AllowLoopbackServiceUrls = environment.IsDevelopment());
        return services;
    }
}
