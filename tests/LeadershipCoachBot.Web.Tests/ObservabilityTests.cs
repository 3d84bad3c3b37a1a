using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>The bot's meter and turn spans, and their export only when a collector is configured.</summary>
public sealed class ObservabilityTests : IDisposable
{
    private readonly ConcurrentQueue<(string Instrument, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly MeterListener _meters = new();
    private readonly ActivityListener _activities;

    public ObservabilityTests()
    {
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((i, _, tags, _) => Record(i, tags));
        _meters.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, tags));
        _meters.Start();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activities);
    }

    [Fact]
    public async Task Turn_RecordsTurnCountDurationStorageCallsAndASpan()
    {
        await using var host = new CoachBotFactory();
        var chat = new StateChat();

        await chat.SayAsync(host.CreateClient(), "triage");

        Assert.Contains(_measurements, m => m.Instrument == "bot.turns" && Equals(m.Tags["outcome"], "ok") && Equals(m.Tags["activity.type"], "message"));
        Assert.Contains(_measurements, m => m.Instrument == "bot.turn.duration");
        Assert.Contains(_measurements, m => m.Instrument == "bot.storage.duration" && Equals(m.Tags["operation"], "read"));
        Assert.Contains(_measurements, m => m.Instrument == "bot.storage.duration" && Equals(m.Tags["operation"], "write"));
        Assert.Contains(_spans, s => s.OperationName == "bot.turn" && Equals(s.GetTagItem("bot.turn.outcome"), "ok"));
    }

    [Fact]
    public async Task RefusedToken_IsCountedByReason()
    {
        await using var host = new CoachBotFactory
        {
            ConfigureServices = services =>
            {
                services.RemoveAll<IBotFrameworkAuthentication>();
                services.AddSingleton<IBotFrameworkAuthentication, BotFrameworkAuthentication>();
            },
        };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";

        var response = await host.CreateClient().PostAsync(TeamsFixtures.MessageGroupMention, "Bearer not-a-jwt");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(_measurements, m => m.Instrument == "bot.auth.rejections" && Equals(m.Tags["reason"], "the bearer token is not a well-formed JWT"));
    }

    [Fact]
    public async Task NoCollectorConfigured_NothingIsRegisteredToExport()
    {
        await using var host = new CoachBotFactory();
        _ = host.CreateClient();

        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.Null(host.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task CollectorConfigured_MetricsAndTracesAreExported()
    {
        await using var host = new CoachBotFactory();
        host.Settings["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:4317";
        _ = host.CreateClient();

        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.NotNull(host.Services.GetService<TracerProvider>());
    }

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Enqueue((instrument.Name, copy));
    }
}
