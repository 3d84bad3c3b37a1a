using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests.Storage;

public sealed class StorageStartupTests : IDisposable
{
    private readonly CollectingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task Start_AzuriteReachable_CreatesTableAndReportsReady()
    {
        var tableName = "startup" + Guid.NewGuid().ToString("N");
        await using var app = StorageTestHost.Build(new Dictionary<string, string?> { ["Storage:TableName"] = tableName }, _logs);

        await app.StartAsync();
        try
        {
            var response = await app.GetTestClient().GetAsync(new Uri("/readyz", UriKind.Relative));

            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
            Assert.IsType<AzureTableStorage>(app.Services.GetRequiredService<IStorage>());
            var tables = new TableServiceClient(AzuriteTable.ConnectionString).QueryAsync(t => t.Name == tableName);
            Assert.Single(await tables.ToListAsync());
        }
        finally
        {
            await app.Services.GetRequiredService<TableClient>().DeleteAsync();
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task Start_StorageUnreachable_FailsWithOneLogLineNamingTheSetting()
    {
        await using var app = StorageTestHost.Build(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = StorageTestHost.UnreachableConnectionString,
            ["Storage:StartupTimeout"] = "00:00:10",
        }, _logs);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        var storageLines = _logs.Entries.Where(e => e.Category.StartsWith("LeadershipCoachBot.Web.Storage", StringComparison.Ordinal) && e.Level >= LogLevel.Warning).ToList();
        var line = Assert.Single(storageLines);
        Assert.Equal(LogLevel.Critical, line.Level);
        Assert.Contains("Storage:ConnectionString", line.Message, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line.Message);
    }

    [Fact]
    public async Task Start_TableEndpointUnreachable_NamesTheEndpointSetting()
    {
        await using var app = StorageTestHost.Build(new Dictionary<string, string?>
        {
            ["Storage:TableEndpoint"] = "http://127.0.0.1:1/devstoreaccount1",
            ["Storage:StartupTimeout"] = "00:00:05",
        }, _logs);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("Storage:TableEndpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_InvalidTableName_FailsNamingTheSetting()
    {
        await using var app = StorageTestHost.Build(new Dictionary<string, string?> { ["Storage:TableName"] = "bot-state" }, _logs);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("Storage:TableName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MemoryProvider_UsesMemoryStorageAndIsReady()
    {
        await using var app = StorageTestHost.Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Storage:ConnectionString"] = StorageTestHost.UnreachableConnectionString,
        }, _logs);

        await app.StartAsync();
        var response = await app.GetTestClient().GetAsync(new Uri("/readyz", UriKind.Relative));
        await app.StopAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<MemoryStorage>(app.Services.GetRequiredService<IStorage>());
    }
}
