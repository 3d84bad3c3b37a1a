using System.Diagnostics;
using System.Globalization;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>Throughput, latency percentiles, errors and the bot's CPU and memory for one run.</summary>
public sealed record LoadReport(
    LoadOptions Options,
    TimeSpan Measured,
    IReadOnlyList<TurnOutcome> Outcomes,
    ProcessSample? Before,
    ProcessSample? After,
    IReadOnlyList<long> ResidentSamples)
{
    private const double Megabyte = 1024.0 * 1024.0;

    public override string ToString()
    {
        var errors = Outcomes.Count(o => !o.Ok);
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            string.Create(c, $"run: {Options.Label}, {Options.Scenario.ToString().ToLowerInvariant()}, {Options.Concurrency} concurrent users, {Measured.TotalSeconds:F0} s measured"),
            string.Create(c, $"turns: {Outcomes.Count}, turns/s: {Outcomes.Count / Measured.TotalSeconds:F0}, errors: {errors}"),
            Latency("latency ms", Outcomes),
        };
        if (Options.Scenario == LoadScenario.Review)
        {
            var reviews = Outcomes.Where(o => o.LastOfScript).ToList();
            lines.Add(string.Create(c, $"reviews: {reviews.Count} of {Options.DraftCharacters:N0}-character drafts, reviews/s: {reviews.Count / Measured.TotalSeconds:F1}"));
            lines.Add(Latency("review turn latency ms", reviews));
        }

        if (Before is not null && After is not null)
        {
            var cpuPerTurn = Outcomes.Count == 0 ? 0 : (After.CpuTime - Before.CpuTime).TotalMilliseconds / Outcomes.Count;
            lines.Add(string.Create(c, $"bot: cpu per turn {cpuPerTurn:F3} ms, peak memory {After.PeakResidentBytes / Megabyte:F0} MB"));
        }

        if (ResidentSamples.Count > 0)
        {
            lines.Add(string.Create(
                c,
                $"bot resident memory MB ({ResidentSamples.Count} samples, every 0.5 s): first {ResidentSamples[0] / Megabyte:F0}, lowest {ResidentSamples.Min() / Megabyte:F0}, highest {ResidentSamples.Max() / Megabyte:F0}, last {ResidentSamples[^1] / Megabyte:F0}"));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Latency(string title, IReadOnlyList<TurnOutcome> outcomes)
    {
        var latencies = outcomes.Select(o => o.ElapsedTicks * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: p50 {Percentile(latencies, 0.50):F2}, p90 {Percentile(latencies, 0.90):F2}, p99 {Percentile(latencies, 0.99):F2}, max {(latencies.Length == 0 ? 0 : latencies[^1]):F2}");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
