using LeadershipCoachBot.Protocol.Auth;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

public sealed class ChannelTokenAuthenticationTests : IDisposable
{
    private readonly AuthTestBed _bed = new();

    [Fact]
    public async Task AuthenticateRequestAsync_ValidChannelToken_ReturnsTokenIdentityAndSetsCallerId()
    {
        var activity = AuthTestBed.Activity();

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.ChannelToken());

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(AuthTestBed.AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal(AuthTestBed.BotFrameworkIssuer, identity.FindFirst("iss")?.Value);
        Assert.Equal("urn:botframework:azure", activity.CallerId);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_LowercaseBearerScheme_Accepted()
    {
        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "bearer " + _bed.ChannelToken());

        Assert.True(identity.IsAuthenticated);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task AuthenticateRequestAsync_OtherAllowedRsaAlgorithm_Accepted(string algorithm)
    {
        var token = _bed.ChannelToken(t => t.Signing = _bed.ChannelKey.Credentials(algorithm));

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

        Assert.True(identity.IsAuthenticated);
    }

    [Theory]
    [InlineData(-4)]
    [InlineData(59)]
    public async Task AuthenticateRequestAsync_ExpiryWithinSkewOrAhead_Accepted(int expiresInMinutes)
    {
        var now = _bed.Time.GetUtcNow().UtcDateTime;
        var token = _bed.ChannelToken(t => (t.NotBefore, t.Expires) = (now.AddHours(-1), now.AddMinutes(expiresInMinutes)));

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_NotBeforeWithinSkew_Accepted()
    {
        var now = _bed.Time.GetUtcNow().UtcDateTime;
        var token = _bed.ChannelToken(t => t.NotBefore = now.AddMinutes(4));

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ExpiredBeyondSkew_Throws()
    {
        var now = _bed.Time.GetUtcNow().UtcDateTime;
        var token = _bed.ChannelToken(t => (t.NotBefore, t.Expires) = (now.AddHours(-1), now.AddMinutes(-6)));

        var error = await RejectAsync(token);

        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_TokenOutlivedByTheClock_Throws()
    {
        var authentication = _bed.CreateAuthentication();
        var header = "Bearer " + _bed.ChannelToken();
        await authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), header);

        _bed.Time.Advance(TimeSpan.FromMinutes(66));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), header));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_NotYetValidBeyondSkew_Throws()
    {
        var now = _bed.Time.GetUtcNow().UtcDateTime;
        var token = _bed.ChannelToken(t => t.NotBefore = now.AddMinutes(6));

        var error = await RejectAsync(token);

        Assert.Contains("not valid yet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_NoExpiry_Throws()
    {
        var error = await RejectAsync(_bed.ChannelToken(t => t.Expires = null));

        Assert.Contains("exp claim is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5e1c2a4d-0000-4000-8000-000000000001")]
    [InlineData("https://api.botframework.com")]
    [InlineData(null)]
    public async Task AuthenticateRequestAsync_WrongAudience_Throws(string? audience)
    {
        var error = await RejectAsync(_bed.ChannelToken(t => t.Audience = audience));

        Assert.Contains("audience", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://sts.windows.net/11111111-2222-3333-4444-555555555555/")]
    public async Task AuthenticateRequestAsync_IssuerNotAllowed_ThrowsWithoutFetchingKeys(string issuer)
    {
        var error = await RejectAsync(_bed.ChannelToken(t => t.Issuer = issuer));

        Assert.Contains("issuer", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _bed.BotFramework.MetadataRequests + _bed.Entra.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_SignedByAnotherKeyWithThePublishedKid_Throws()
    {
        var impostor = TestSigningKey.Impostor(_bed.ChannelKey.Kid, "msteams");

        var error = await RejectAsync(_bed.ChannelToken(t => t.Signing = impostor.Credentials()));

        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_AlgNone_ThrowsWithoutFetchingKeys()
    {
        var error = await RejectAsync(TestTokens.Unsigned(_bed.ChannelToken(), _bed.ChannelKey.Kid));

        Assert.Contains("algorithm", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _bed.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_Hs256_Throws()
    {
        var error = await RejectAsync(_bed.ChannelToken(t => t.Signing = TestTokens.Hs256(_bed.ChannelKey.Kid)));

        Assert.Contains("algorithm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_Ps256_Throws()
    {
        await RejectAsync(_bed.ChannelToken(t => t.Signing = _bed.ChannelKey.Credentials(SecurityAlgorithms.RsaSsaPssSha256)));
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer  two-spaces")]
    [InlineData("Bearer one two")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    public async Task AuthenticateRequestAsync_GarbageHeader_Throws(string header)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), header));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_Rejected_DiscardsWireCallerIdAndLogsKidNotToken()
    {
        var activity = AuthTestBed.Activity();
        var token = _bed.ChannelToken(t => t.Audience = "someone-else");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + token));

        Assert.Null(activity.CallerId);
        var rejection = Assert.Single(_bed.Logger.Entries, e => e.EventId.Id == 1200);
        Assert.Contains(_bed.ChannelKey.Kid, rejection.Message, StringComparison.Ordinal);
        Assert.Contains(AuthTestBed.BotFrameworkIssuer, rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_bed.Logger.Entries, e => e.Message.Contains(token.Split('.')[1], StringComparison.Ordinal));
    }

    public void Dispose() => _bed.Dispose();

    private Task<UnauthorizedAccessException> RejectAsync(string token) =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token));
}
