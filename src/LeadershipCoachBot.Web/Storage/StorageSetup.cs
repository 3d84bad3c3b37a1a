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
    /// starts (failing the start when storage cannot be reached), adds the <c>storage</c> health check and,
    /// for Azure tables, the <see cref="RetentionSweep"/> that deletes state untouched for <c>Retention:Period</c>.
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
        services.AddOptions<RetentionOptions>()
            .Bind(configuration.GetSection(RetentionOptions.SectionName))
            .Validate(o => o.Period >= TimeSpan.FromHours(1), "Retention:Period must be at least 01:00:00.")
            .Validate(o => o.SweepInterval >= TimeSpan.FromMinutes(1) && o.SweepInterval <= o.Period, "Retention:SweepInterval must be at least 00:01:00 and no longer than Retention:Period.")
            .ValidateOnStart();
        services.AddHostedService<RetentionSweep>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadinessEndpoints.ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }
}
