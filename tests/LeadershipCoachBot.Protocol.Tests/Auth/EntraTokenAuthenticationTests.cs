using LeadershipCoachBot.Protocol.Auth;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>Entra-issued tokens from the Bot Service tenants (and the bot's own tenant when single-tenant).</summary>
public sealed class EntraTokenAuthenticationTests : IDisposable
{
    private const string OwnTenant = "7a4c4d3e-1f2b-4c5d-8e9f-a0b1c2d3e4f5";
    private readonly AuthTestBed _bed = new();

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0")]
    [InlineData("https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    [InlineData("https://login.microsoftonline.com/69e9b82d-4842-4902-8d1e-abc5b98a55e8/v2.0")]
    public async Task AuthenticateRequestAsync_EntraTokenFromBotServiceTenant_AcceptedWithEntraKeys(string issuer)
    {
        var activity = AuthTestBed.Activity();

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.EntraToken(issuer));

        Assert.True(identity.IsAuthenticated);
        Assert.Equal("urn:botframework:azure", activity.CallerId);
        Assert.Equal(1, _bed.Entra.MetadataRequests);
        Assert.Equal(0, _bed.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraTokenWithMatchingServiceUrlAndTid_Accepted()
    {
        var token = _bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t =>
        {
            t.Claims["serviceurl"] = AuthTestBed.ServiceUrl;
            t.Claims["tid"] = AuthTestBed.BotServiceTenant;
        });

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraTokenWithOtherServiceUrl_Throws()
    {
        var token = _bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t => t.Claims["serviceurl"] = "https://evil.example/");

        await RejectAsync(token);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraTidDisagreesWithIssuer_Throws()
    {
        var token = _bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t => t.Claims["tid"] = OwnTenant);

        var error = await RejectAsync(token);

        Assert.Contains("tid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraTokenWrongAudience_Throws()
    {
        await RejectAsync(_bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t => t.Audience = "https://graph.microsoft.com"));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraIssuerSignedWithChannelKey_Throws()
    {
        var token = _bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t => t.Signing = _bed.ChannelKey.Credentials());

        await RejectAsync(token);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraKeyEndorsedForAnotherChannel_Throws()
    {
        var key = new TestSigningKey("entra-webchat", "webchat");
        _bed.Entra.Keys.Add(key);

        await RejectAsync(_bed.EntraToken(V2(AuthTestBed.BotServiceTenant), t => t.Signing = key.Credentials()));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_OwnTenantWhenSingleTenant_Accepted()
    {
        _bed.App.MicrosoftAppType = MicrosoftAppType.SingleTenant;
        _bed.App.MicrosoftAppTenantId = OwnTenant;
        var authentication = _bed.CreateAuthentication();

        await authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.EntraToken(V1(OwnTenant)));
        var identity = await authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.EntraToken(V2(OwnTenant)));

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_OwnTenantWhenMultiTenant_Throws()
    {
        _bed.App.MicrosoftAppTenantId = OwnTenant;

        var error = await RejectAsync(_bed.EntraToken(V2(OwnTenant)));

        Assert.Contains("issuer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_EntraTokensTurnedOff_Throws()
    {
        _bed.Options.AcceptEntraIssuedTokens = false;

        await RejectAsync(_bed.EntraToken(V2(AuthTestBed.BotServiceTenant)));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ConfiguredTenantsReplaceTheDefaults()
    {
        _bed.Options.EntraTenantIds.Add(OwnTenant);
        var authentication = _bed.CreateAuthentication();

        await authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.EntraToken(V2(OwnTenant)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authentication.AuthenticateRequestAsync(
            AuthTestBed.Activity(), "Bearer " + _bed.EntraToken(V2(AuthTestBed.BotServiceTenant))));
    }

    public void Dispose() => _bed.Dispose();

    private static string V1(string tenant) => $"https://sts.windows.net/{tenant}/";

    private static string V2(string tenant) => $"https://login.microsoftonline.com/{tenant}/v2.0";

    private Task<UnauthorizedAccessException> RejectAsync(string token) =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token));
}
