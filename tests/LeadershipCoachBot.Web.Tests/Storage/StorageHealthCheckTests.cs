using Azure.Data.Tables;
using LeadershipCoachBot.Web.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests.Storage;

public sealed class StorageHealthCheckTests(AzuriteTable azurite) : IClassFixture<AzuriteTable>
{
    [Fact]
    public async Task Check_TableAnswers_IsHealthy()
    {
        var result = await CheckAsync(azurite.Table, new StorageOptions());

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task Check_StorageUnreachable_IsUnhealthyNamingTheSetting()
    {
        var table = new TableClient(StorageTestHost.UnreachableConnectionString, "botstate", AzuriteTable.FastOptions());

        var result = await CheckAsync(table, new StorageOptions());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Storage:ConnectionString", result.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> CheckAsync(TableClient table, StorageOptions options)
    {
        var services = new ServiceCollection().AddSingleton(table).BuildServiceProvider();
        var check = new StorageHealthCheck(Options.Create(options), services);
        return check.CheckHealthAsync(new HealthCheckContext());
    }
}
