using System.Diagnostics;
using System.Globalization;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>Throughput, latency percentiles, errors and the bot's CPU and memory for one run.</summary>
public sealed record LoadReport(string Label, int Concurrency, TimeSpan Measured, IReadOnlyList<TurnOutcome> Outcomes, ProcessSample? Before, ProcessSample? After)
{
    public override string ToString()
    {
        var latencies = Outcomes.Select(o => o.ElapsedTicks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        var errors = Outcomes.Count(o => !o.Ok);
        var turnsPerSecond = Outcomes.Count / Measured.TotalSeconds;
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"run: {Label}, {Concurrency} concurrent conversations, {Measured.TotalSeconds:F0} s measured",
            string.Create(c, $"turns: {Outcomes.Count}, turns/s: {turnsPerSecond:F0}, errors: {errors}"),
            string.Create(c, $"latency ms: p50 {Percentile(latencies, 0.50):F2}, p90 {Percentile(latencies, 0.90):F2}, p99 {Percentile(latencies, 0.99):F2}, max {(latencies.Length == 0 ? 0 : latencies[^1]):F2}"),
        };
        if (Before is not null && After is not null)
        {
            var cpuPerTurn = Outcomes.Count == 0 ? 0 : (After.CpuTime - Before.CpuTime).TotalMilliseconds / Outcomes.Count;
            lines.Add(string.Create(c, $"bot: cpu per turn {cpuPerTurn:F3} ms, peak memory {After.PeakResidentBytes / (1024.0 * 1024.0):F0} MB"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
