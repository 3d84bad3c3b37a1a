using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>One token service as the fake network serves it: its metadata document and its JWKS.</summary>
internal sealed class OpenIdAuthority(Uri metadataUrl, Uri jwksUrl)
{
    public Uri MetadataUrl { get; } = metadataUrl;

    public Uri JwksUrl { get; } = jwksUrl;

    /// <summary>The keys the JWKS currently publishes; tests add and remove keys to rotate them.</summary>
    public List<TestSigningKey> Keys { get; } = [];

    /// <summary>When true, both documents answer 503.</summary>
    public bool Unavailable { get; set; }

    public int MetadataRequests { get; set; }

    public int KeyRequests { get; set; }

    public string MetadataJson() =>
        new JsonObject { ["issuer"] = "https://issuer.test", ["jwks_uri"] = JwksUrl.AbsoluteUri }.ToJsonString();

    public string KeysJson() =>
        new JsonObject { ["keys"] = new JsonArray(Keys.Select(k => (JsonNode?)k.ToJwk()).ToArray()) }.ToJsonString();
}
