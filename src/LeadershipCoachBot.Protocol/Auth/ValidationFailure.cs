using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// Turns a failed token validation into a fixed, token-free reason (the library's own messages
/// may quote token content, so they are neither logged nor returned).
/// </summary>
internal static class ValidationFailure
{
    public static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired (beyond the allowed clock skew)",
        SecurityTokenNotYetValidException => "the token is not valid yet (beyond the allowed clock skew)",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidLifetimeException => "the token's lifetime is invalid",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot's MicrosoftAppId",
        SecurityTokenInvalidIssuerException => "the token's issuer is not allowed",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not RS256, RS384 or RS512",
        SecurityTokenSignatureKeyNotFoundException => "the token's signing key is not published by the token service",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenInvalidSigningKeyException => "the token's signing key is not valid",
        SecurityTokenMalformedException => "the token is not a well-formed JWT",
        null => "the token failed validation",
        _ => $"the token failed validation ({exception.GetType().Name})",
    };
}
