using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeadershipCoachBot.Protocol.Diagnostics;

/// <summary>
/// The bot's metrics and spans, under one name (<see cref="Name"/>) for a meter and an activity source.
/// Tags carry activity types, operations, outcomes and reasons: never ids, keys or text. Nothing is
/// exported unless the host configures an exporter.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "LeadershipCoachBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Turns run, by activity type and outcome (<c>ok</c>, <c>duplicate</c>, <c>not_saved</c>, <c>conflict</c>, <c>bot_failed</c>).</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("bot.turns", description: "Turns run, by activity type and outcome.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("bot.turn.duration", "ms", "Time from taking the conversation's lock to sending the replies.");

    public static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>("bot.storage.duration", "ms", "Storage calls, by operation and outcome.");

    public static readonly Counter<long> StorageFailures = Meter.CreateCounter<long>("bot.storage.failures", description: "Storage calls that failed or timed out, by operation.");

    public static readonly Counter<long> ETagConflicts = Meter.CreateCounter<long>("bot.storage.etag_conflicts", description: "Saves refused because another turn saved first.");

    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram<double>("bot.connector.duration", "ms", "Bot Connector calls, by operation and outcome.");

    public static readonly Counter<long> ConnectorFailures = Meter.CreateCounter<long>("bot.connector.failures", description: "Bot Connector calls that failed, by operation and status.");

    public static readonly Counter<long> AuthRejections = Meter.CreateCounter<long>("bot.auth.rejections", description: "Inbound requests refused by authentication, by reason.");

    /// <summary>Milliseconds since <paramref name="startTimestamp"/> (from <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static double ElapsedMs(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
}
