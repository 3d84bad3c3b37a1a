using Azure;
using Azure.Core;
using Azure.Data.Tables;

namespace LeadershipCoachBot.Web.Tests.Storage;

/// <summary>
/// A table of its own on the local Azurite (127.0.0.1:10002) for one test class run, deleted
/// afterwards. Fails, rather than skips, when Azurite is not running.
/// </summary>
public sealed class AzuriteTable : IAsyncLifetime
{
    public const string ConnectionString = "UseDevelopmentStorage=true";

    public TableClient Table { get; } = new(ConnectionString, "test" + Guid.NewGuid().ToString("N"), FastOptions());

    public static TableClientOptions FastOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }

    public async Task InitializeAsync()
    {
        try
        {
            await Table.CreateIfNotExistsAsync();
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
        {
            throw new InvalidOperationException(
                $"The Azurite table service at 127.0.0.1:10002 could not be reached ({ex.GetType().Name}: {ex.Message}). " +
                "Start it (the test command does: azurite-table --tableHost 127.0.0.1 --tablePort 10002) and run the tests again.", ex);
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Table.DeleteAsync();
        }
        catch (RequestFailedException)
        {
            // The table is unique to this run; a leftover does no harm.
        }
    }
}
