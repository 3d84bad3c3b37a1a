using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>
/// An RSA key generated for the tests, published as a JWK with optional endorsements. Key material is
/// generated once per material name (generation is slow) and shared, for the whole test run, by keys
/// of that name; it is never disposed because the token library caches signers by key.
/// </summary>
internal sealed class TestSigningKey
{
    private static readonly ConcurrentDictionary<string, Lazy<RSA>> Material = new(StringComparer.Ordinal);
    private readonly RSA _rsa;

    public TestSigningKey(string kid, params string[]? endorsements)
        : this(kid, kid, endorsements)
    {
    }

    private TestSigningKey(string kid, string material, string[]? endorsements)
    {
        Kid = kid;
        Endorsements = endorsements;
        _rsa = Material.GetOrAdd(material, _ => new Lazy<RSA>(() => RSA.Create(2048))).Value;
    }

    public string Kid { get; }

    /// <summary>Null publishes the key without an <c>endorsements</c> member.</summary>
    public string[]? Endorsements { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(_rsa) { KeyId = Kid }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    /// <summary>A different key that claims the same <c>kid</c>.</summary>
    public static TestSigningKey Impostor(string kid, params string[]? endorsements) =>
        new(kid, "impostor:" + kid, endorsements);

}
