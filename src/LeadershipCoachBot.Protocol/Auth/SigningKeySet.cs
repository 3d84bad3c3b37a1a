using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// The RSA keys of one JWKS document by <c>kid</c>, read from the raw JSON so each key keeps its
/// <c>endorsements</c> (the converted security keys drop that member).
/// </summary>
internal sealed class SigningKeySet
{
    private readonly Dictionary<string, EndorsedSigningKey> _keys;

    private SigningKeySet(Dictionary<string, EndorsedSigningKey> keys) => _keys = keys;

    public int Count => _keys.Count;

    public bool TryGetKey(string kid, out EndorsedSigningKey key) => _keys.TryGetValue(kid, out key!);

    /// <summary>Reads <c>keys[]</c>; keys without a <c>kid</c>, not of type RSA or unreadable are skipped.</summary>
    public static SigningKeySet Parse(JsonElement jwks)
    {
        if (jwks.ValueKind != JsonValueKind.Object
            || !jwks.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS document has no \"keys\" array.");
        }

        var byKid = new Dictionary<string, EndorsedSigningKey>(StringComparer.Ordinal);
        foreach (var entry in keys.EnumerateArray())
        {
            var kid = ReadString(entry, "kid");
            if (string.IsNullOrEmpty(kid) || !string.Equals(ReadString(entry, "kty"), "RSA", StringComparison.Ordinal))
            {
                continue;
            }

            if (TryReadKey(entry) is { } key)
            {
                byKid.TryAdd(kid, new EndorsedSigningKey(key, ReadEndorsements(entry)));
            }
        }

        return new SigningKeySet(byKid);
    }

    private static JsonWebKey? TryReadKey(JsonElement entry)
    {
        try
        {
            return new JsonWebKey(entry.GetRawText());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? ReadString(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object
        && entry.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static HashSet<string>? ReadEndorsements(JsonElement entry)
    {
        if (!entry.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var endorsement in endorsements.EnumerateArray())
        {
            if (endorsement.ValueKind == JsonValueKind.String)
            {
                set.Add(endorsement.GetString()!);
            }
        }

        return set;
    }
}
