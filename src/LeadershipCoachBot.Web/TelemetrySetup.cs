using LeadershipCoachBot.Protocol.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LeadershipCoachBot.Web;

public static class TelemetrySetup
{
    /// <summary>The setting naming the OTLP collector; the standard OTEL_EXPORTER_OTLP_ENDPOINT works too.</summary>
    public const string OtlpEndpointSetting = "OpenTelemetry:OtlpEndpoint";

    /// <summary>
    /// Exports the bot's meter and turn spans (<see cref="BotTelemetry"/>) over OTLP when an endpoint is
    /// configured; when none is, registers nothing and nothing is collected or sent.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoint = configuration[OtlpEndpointSetting] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var collector) || (collector.Scheme != Uri.UriSchemeHttp && collector.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{OtlpEndpointSetting} '{endpoint}' is not an http(s) URL; set it to the OTLP collector, e.g. http://otel-collector:4317, or remove it.");
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("leadership-coach-bot"))
            .WithMetrics(metrics => metrics.AddMeter(BotTelemetry.Name).AddOtlpExporter(o => o.Endpoint = collector))
            .WithTracing(tracing => tracing.AddSource(BotTelemetry.Name).AddOtlpExporter(o => o.Endpoint = collector));
        return services;
    }
}
