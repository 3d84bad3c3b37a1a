using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// JWT lifetimes are NumericDates (RFC 7519 §2, §4.1.4-5): <c>exp</c> must be a JSON number and
/// <c>nbf</c>, when sent, too. The token library also reads a string such as <c>"1767225600"</c>,
/// or skips a value it cannot read, so the raw payload is checked first.
/// </summary>
internal static class TokenLifetimeClaims
{
    /// <summary>Why the token's lifetime claims are malformed, or null when they are numbers.</summary>
    public static string? FindProblem(JsonWebToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        try
        {
            using var payload = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(token.EncodedPayload));
            var root = payload.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "the token's payload is not a JSON object";
            }

            if (!root.TryGetProperty(JwtRegisteredClaimNames.Exp, out var exp) || exp.ValueKind != JsonValueKind.Number)
            {
                return "the token's exp claim is missing or not a number";
            }

            return root.TryGetProperty(JwtRegisteredClaimNames.Nbf, out var nbf) && nbf.ValueKind != JsonValueKind.Number
                ? "the token's nbf claim is not a number"
                : null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            return "the token's payload is not readable JSON";
        }
    }
}
