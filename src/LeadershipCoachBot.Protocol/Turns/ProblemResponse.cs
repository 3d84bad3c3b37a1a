using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>Writes an RFC 9457 problem-details body (<c>application/problem+json</c>).</summary>
internal static class ProblemResponse
{
    public static async Task WriteAsync(HttpResponse response, int status, string title, string detail, CancellationToken cancellationToken)
    {
        var problem = new ProblemDetails
        {
            Type = $"https://tools.ietf.org/html/rfc9110#section-15.5.{(status == StatusCodes.Status400BadRequest ? 1 : 14)}",
            Title = title,
            Status = status,
            Detail = detail,
        };
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(response.Body, problem, ProtocolJson.Options, cancellationToken);
    }
}
