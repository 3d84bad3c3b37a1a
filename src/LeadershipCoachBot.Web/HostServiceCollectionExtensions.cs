using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web;

public static class HostServiceCollectionExtensions
{
    /// <summary>The host's own checks: <c>/healthz</c>, and no unauthenticated bot in Production.</summary>
    public static IServiceCollection AddHostChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHealthChecks();
        services.AddOptions<BotAppOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAppOptions>, ProductionIdentityCheck>());
        return services;
    }
}
