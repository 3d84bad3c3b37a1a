using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// Lifetime validation against an injected <see cref="TimeProvider"/> (the library's own check reads the
/// system clock): an expiry is required, and <c>nbf</c>/<c>exp</c> are honoured within the clock skew.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider timeProvider, TimeSpan clockSkew) =>
        (notBefore, expires, _, _) =>
        {
            if (expires is null)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }

            if (notBefore > expires)
            {
                throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.");
            }

            var now = timeProvider.GetUtcNow().UtcDateTime;
            if (notBefore > now + clockSkew)
            {
                throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
            }

            if (expires < now - clockSkew)
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
            }

            return true;
        };
}
