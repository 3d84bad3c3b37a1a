using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace LeadershipCoachBot.Web;

/// <summary>
/// Headers on every response: no <c>Server</c> banner, <c>X-Content-Type-Options: nosniff</c>, and
/// <c>WWW-Authenticate: Bearer</c> on a 401 so a caller knows which scheme to use.
/// </summary>
public static class ResponseHeaders
{
    /// <summary>Stops Kestrel from naming itself in a <c>Server</c> header.</summary>
    public static IServiceCollection AddResponseHeaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    public static IApplicationBuilder UseResponseHeaders(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                response.Headers.Remove(HeaderNames.Server);
                response.Headers.XContentTypeOptions = "nosniff";
                if (response.StatusCode == StatusCodes.Status401Unauthorized && response.Headers.WWWAuthenticate.Count == 0)
                {
                    response.Headers.WWWAuthenticate = "Bearer";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
