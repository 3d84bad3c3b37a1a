using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LeadershipCoachBot.Web.Storage;

public static class ReadinessEndpoints
{
    /// <summary>The tag of health checks that only <c>/readyz</c> runs (storage).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps <c>/healthz</c>, the process alone (200 while it can answer, whatever storage does, so a
    /// liveness probe never restarts a healthy instance during a storage outage), and <c>/readyz</c>:
    /// 200 "Healthy" when every check (storage among them) passes, else 503.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(ReadyTag) });
        app.MapHealthChecks("/readyz", new HealthCheckOptions());
        return app;
    }
}
