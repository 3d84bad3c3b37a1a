using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LeadershipCoachBot.Web.Storage;

public static class ReadinessEndpoints
{
    /// <summary>Maps <c>/readyz</c>: 200 "Healthy" when every health check (storage among them) passes, else 503.</summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/readyz", new HealthCheckOptions());
        return app;
    }
}
