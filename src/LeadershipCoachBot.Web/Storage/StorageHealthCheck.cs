using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>Ready when the state table answers a one-row query (always ready with memory storage).</summary>
internal sealed class StorageHealthCheck(IOptions<StorageOptions> options, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.Provider == StorageProvider.Memory)
        {
            return HealthCheckResult.Healthy("Bot state is in memory.");
        }

        var table = services.GetRequiredService<TableClient>();
        try
        {
            var pages = table.QueryAsync<TableEntity>(filter: (string?)null, maxPerPage: 1, select: ["PartitionKey"], cancellationToken).AsPages();
            await foreach (var _ in pages.WithCancellation(cancellationToken))
            {
                break;
            }

            return HealthCheckResult.Healthy("The bot state table answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(
                $"The bot state table does not answer ({StorageFailure.Describe(ex)}); check {settings.ConnectionSettingName}.");
        }
    }
}
