using System.Security.Claims;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Authenticates an inbound request from the Bot Connector service.</summary>
public interface IBotFrameworkAuthentication
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity. Returns the caller's
    /// identity (an anonymous one when no app id is configured and no header is sent); throws
    /// <see cref="UnauthorizedAccessException"/> when the request must be refused.
    /// </summary>
    Task<ClaimsIdentity> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken = default);
}
