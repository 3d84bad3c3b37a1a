using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Auth;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBotFrameworkAuthentication"/>: binds <see cref="BotAppOptions"/> from the
    /// configuration root and <see cref="BotAuthenticationOptions"/> from <c>BotAuthentication</c>,
    /// validates both at start-up, and adds the key-fetching <see cref="HttpClient"/> named
    /// <see cref="BotFrameworkAuthentication.HttpClientName"/> and <see cref="TimeProvider.System"/> if absent.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAppOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAppOptions>, BotAppOptionsValidator>());
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotFrameworkAuthentication.HttpClientName)
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.KeyFetchTimeout);
        services.TryAddSingleton<IBotFrameworkAuthentication, BotFrameworkAuthentication>();
        return services;
    }
}
