using System.Collections.Concurrent;
using System.Security.Claims;
using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Testing.Fakes;

/// <summary>
/// An <see cref="IBotFrameworkAuthentication"/> that accepts every request (<see cref="Anonymous"/>)
/// or only requests carrying one exact <c>Authorization</c> header (<see cref="RequiringHeader"/>),
/// throwing <see cref="UnauthorizedAccessException"/> like the real one does otherwise.
/// </summary>
public sealed class FakeBotFrameworkAuthentication : IBotFrameworkAuthentication
{
    private readonly string? _requiredHeader;
    private readonly ConcurrentQueue<string?> _headers = new();

    private FakeBotFrameworkAuthentication(string? requiredHeader) => _requiredHeader = requiredHeader;

    /// <summary>The <c>Authorization</c> headers seen, in order (null or empty when absent).</summary>
    public IReadOnlyList<string?> SeenHeaders => [.. _headers];

    public static FakeBotFrameworkAuthentication Anonymous() => new(null);

    public static FakeBotFrameworkAuthentication RequiringHeader(string header)
    {
        ArgumentException.ThrowIfNullOrEmpty(header);
        return new(header);
    }

    public Task<ClaimsIdentity> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _headers.Enqueue(authHeader);
        if (_requiredHeader is null)
        {
            return Task.FromResult(new ClaimsIdentity());
        }

        if (!string.Equals(authHeader, _requiredHeader, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("The request's Authorization header is not the one this fake accepts.");
        }

        return Task.FromResult(new ClaimsIdentity([new Claim("aud", "test-app-id")], "Bearer"));
    }
}
