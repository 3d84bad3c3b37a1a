using Azure.Data.Tables;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// At start-up, reaches the table storage and creates the table if missing, within
/// <see cref="StorageOptions.StartupTimeout"/>. When storage cannot be reached the host does not
/// start: one log line names the setting to fix. It never falls back to memory.
/// </summary>
internal sealed partial class StorageStartupCheck(
    IOptions<StorageOptions> options,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILogger<StorageStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Provider == StorageProvider.Memory)
        {
            LogMemoryProvider();
            return;
        }

        var table = services.GetRequiredService<TableClient>();
        var endpoint = TableClients.DescribeEndpoint(table);
        var started = timeProvider.GetTimestamp();
        using var timeout = new CancellationTokenSource(settings.StartupTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await table.CreateIfNotExistsAsync(linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            var reason = StorageFailure.Describe(ex);
            LogUnreachable(endpoint, reason, settings.ConnectionSettingName);
            throw new InvalidOperationException(
                $"Table storage at {endpoint} could not be reached ({reason}). Fix {settings.ConnectionSettingName}; the bot does not start without its state storage.");
        }

        LogTableReady(endpoint, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = LogEventIds.StorageTableReady, Level = LogLevel.Information, Message = "Bot state table {Endpoint} is ready ({ElapsedMs} ms).")]
    private partial void LogTableReady(string endpoint, long elapsedMs);

    [LoggerMessage(EventId = LogEventIds.StorageUnreachable, Level = LogLevel.Critical, Message = "Table storage at {Endpoint} could not be reached ({Reason}); the bot cannot start. Fix the setting {Setting}.")]
    private partial void LogUnreachable(string endpoint, string reason, string setting);

    [LoggerMessage(EventId = LogEventIds.StorageInMemory, Level = LogLevel.Warning, Message = "Bot state is kept in memory (Storage:Provider = Memory); it is lost on restart and not shared between instances.")]
    private partial void LogMemoryProvider();
}
