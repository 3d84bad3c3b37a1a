namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>A channel token is bound to its channel (key endorsements) and to its service URL.</summary>
public sealed class ChannelBindingAuthenticationTests : IDisposable
{
    private readonly AuthTestBed _bed = new();

    [Fact]
    public async Task AuthenticateRequestAsync_KeyNotEndorsedForTheChannel_Throws()
    {
        var webChatKey = new TestSigningKey("webchat-only", "webchat");
        _bed.BotFramework.Keys.Add(webChatKey);

        var error = await RejectAsync(_bed.ChannelToken(t => t.Signing = webChatKey.Credentials()));

        Assert.Contains("not endorsed for channel 'msteams'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ActivityClaimsAnotherChannel_Throws()
    {
        var activity = AuthTestBed.Activity();
        activity.ChannelId = "slack";

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.ChannelToken()));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_OtherEndorsedChannel_Accepted()
    {
        var activity = AuthTestBed.Activity();
        activity.ChannelId = "webchat";

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.ChannelToken());

        Assert.True(identity.IsAuthenticated);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ChannelKeyWithoutEndorsements_Throws()
    {
        var bareKey = new TestSigningKey("no-endorsements", null);
        _bed.BotFramework.Keys.Add(bareKey);

        var error = await RejectAsync(_bed.ChannelToken(t => t.Signing = bareKey.Credentials()));

        Assert.Contains("no endorsements", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ActivityWithoutChannelId_Throws()
    {
        var activity = AuthTestBed.Activity();
        activity.ChannelId = null;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.ChannelToken()));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://evil.example/amer/")]
    public async Task AuthenticateRequestAsync_ServiceUrlMismatch_Throws(string claimed)
    {
        var error = await RejectAsync(_bed.ChannelToken(t => t.Claims["serviceurl"] = claimed));

        Assert.Contains("serviceurl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ChannelTokenWithoutServiceUrl_Throws()
    {
        await RejectAsync(_bed.ChannelToken(t => t.Claims.Remove("serviceurl")));
    }

    [Fact]
    public async Task AuthenticateRequestAsync_ActivityWithoutServiceUrl_Throws()
    {
        var activity = AuthTestBed.Activity();
        activity.ServiceUrl = null;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + _bed.ChannelToken()));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer")]
    [InlineData("https://smba.trafficmanager.net/amer//")]
    [InlineData("https://smba.trafficmanager.net/amer/ ")]
    public async Task AuthenticateRequestAsync_ServiceUrlDiffersInTrailingCharacters_Throws(string claimed)
    {
        var token = _bed.ChannelToken(t => t.Claims["serviceurl"] = claimed);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token));
    }

    [Theory]
    [InlineData("HTTPS://SMBA.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/AMER/")]
    public async Task AuthenticateRequestAsync_ServiceUrlDiffersInCaseOnly_Accepted(string claimed)
    {
        var token = _bed.ChannelToken(t => t.Claims["serviceurl"] = claimed);

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

        Assert.True(identity.IsAuthenticated);
    }

    public void Dispose() => _bed.Dispose();

    private Task<UnauthorizedAccessException> RejectAsync(string token) =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token));
}
