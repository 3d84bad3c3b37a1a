using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Storage;

public static class StorageSetup
{
    /// <summary>
    /// Registers <see cref="IStorage"/> as <see cref="StorageOptions.Provider"/> says (Azure tables by
    /// default), validates the <c>Storage</c> settings at start-up, creates the table before the host
    /// starts (failing the start when storage cannot be reached) and adds the <c>storage</c> health check.
    /// </summary>
    public static IServiceCollection AddAzureTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => TableClients.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<IStorage>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Memory
            ? new MemoryStorage()
            : new AzureTableStorage(sp.GetRequiredService<TableClient>(), sp.GetRequiredService<ILogger<AzureTableStorage>>()));
        services.AddHostedService<StorageStartupCheck>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadinessEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }
}
