using System.Diagnostics;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>Runs the virtual users for warm-up plus the measured duration, sampling the bot's memory, then reports.</summary>
public static class LoadRun
{
    public static async Task<LoadReport> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var recording = false;
        var perUser = Enumerable.Range(0, options.Concurrency).Select(_ => new List<TurnOutcome>()).ToArray();
        var users = Enumerable.Range(0, options.Concurrency)
            .Select(i => Task.Run(
                () => new VirtualUser(http, options.Endpoint, i, options.Scenario, options.DraftCharacters).RunAsync(() => Volatile.Read(ref recording), perUser[i], stop.Token),
                CancellationToken.None))
            .ToArray();

        await Task.Delay(options.Warmup, cancellationToken);
        var before = ProcessSample.Read(options.BotProcessId);
        var sampler = new MemorySampler(options.BotProcessId);
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = sampler.RunAsync(stopSampling.Token);
        Volatile.Write(ref recording, true);
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(options.Duration, cancellationToken);
        Volatile.Write(ref recording, false);
        var measured = Stopwatch.GetElapsedTime(started);
        var after = ProcessSample.Read(options.BotProcessId);
        await stopSampling.CancelAsync();
        await sampling;
        await stop.CancelAsync();
        await Task.WhenAll(users);
        return new LoadReport(options, measured, [.. perUser.SelectMany(o => o)], before, after, sampler.Resident);
    }
}
