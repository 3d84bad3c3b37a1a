using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

internal static class TestTokens
{
    public static string Create(TokenSpec spec)
    {
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore,
            Expires = spec.Expires,
            IssuedAt = spec.NotBefore,
            Claims = spec.Claims,
            SigningCredentials = spec.Signing,
        });
    }

    /// <summary>The same header and claims with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(string signedToken, string kid)
    {
        var payload = signedToken.Split('.')[1];
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes($$"""{"alg":"none","typ":"JWT","kid":"{{kid}}"}"""));
        return $"{header}.{payload}.";
    }

    /// <summary>Credentials for an HMAC token claiming the published key's <c>kid</c>.</summary>
    public static SigningCredentials Hs256(string kid) =>
        new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-of-at-least-32-bytes!")) { KeyId = kid },
            SecurityAlgorithms.HmacSha256);
}
