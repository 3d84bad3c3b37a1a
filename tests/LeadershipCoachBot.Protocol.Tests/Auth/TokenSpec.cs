using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>What a test token says; <see cref="AuthTestBed"/> fills in a valid channel token.</summary>
internal sealed class TokenSpec
{
    public required SigningCredentials Signing { get; set; }

    public required string Issuer { get; set; }

    public string? Audience { get; set; }

    public DateTime? NotBefore { get; set; }

    public DateTime? Expires { get; set; }

    public Dictionary<string, object> Claims { get; } = new(StringComparer.Ordinal);
}
