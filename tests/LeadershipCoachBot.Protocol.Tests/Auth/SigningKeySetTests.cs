using System.Text.Json;
using LeadershipCoachBot.Protocol.Auth;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

public sealed class SigningKeySetTests
{
    [Fact]
    public void Parse_RawJwks_KeepsEndorsementsPerKid()
    {
        var endorsed = new TestSigningKey("a", "msteams", "webchat");
        var bare = new TestSigningKey("b", null);
        var json = $$"""{"keys":[{{endorsed.ToJwk().ToJsonString()}},{{bare.ToJwk().ToJsonString()}}]}""";

        var keys = Parse(json);

        Assert.Equal(2, keys.Count);
        Assert.True(keys.TryGetKey("a", out var a));
        Assert.Equal(["msteams", "webchat"], a.Endorsements!.Order(StringComparer.Ordinal));
        Assert.Equal("a", a.Key.KeyId);
        Assert.True(keys.TryGetKey("b", out var b));
        Assert.Null(b.Endorsements);
    }

    [Fact]
    public void Parse_KeysWithoutKidOrNotRsa_Skipped()
    {
        var keys = Parse("""{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"},{"kty":"EC","kid":"ec","crv":"P-256","x":"AA","y":"AA"},{"kty":"oct","kid":"h","k":"AA"}]}""");

        Assert.Equal(0, keys.Count);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""[]""")]
    public void Parse_NoKeysArray_ThrowsInvalidData(string json)
    {
        Assert.Throws<InvalidDataException>(() => Parse(json));
    }

    private static SigningKeySet Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SigningKeySet.Parse(document.RootElement);
    }
}
