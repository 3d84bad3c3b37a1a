namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>Requests without a token are let in only when the bot has no app id (local development).</summary>
public sealed class AnonymousAuthenticationTests : IDisposable
{
    private readonly AuthTestBed _bed = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task AuthenticateRequestAsync_NoHeaderAndNoAppId_ReturnsAnonymousIdentity(string? header)
    {
        _bed.App.MicrosoftAppId = null;
        var activity = AuthTestBed.Activity();

        var identity = await _bed.CreateAuthentication().AuthenticateRequestAsync(activity, header);

        Assert.Equal("anonymous", identity.AuthenticationType);
        Assert.Empty(identity.Claims);
        Assert.Null(activity.CallerId);
        Assert.Equal(0, _bed.BotFramework.MetadataRequests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task AuthenticateRequestAsync_NoHeaderWithAppId_Throws(string? header)
    {
        var activity = AuthTestBed.Activity();

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, header));

        Assert.Contains("no Authorization header", error.Message, StringComparison.Ordinal);
        Assert.Null(activity.CallerId);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_HeaderSentButNoAppId_Throws()
    {
        var header = "Bearer " + _bed.ChannelToken();
        _bed.App.MicrosoftAppId = "";

        var error = await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => _bed.CreateAuthentication().AuthenticateRequestAsync(AuthTestBed.Activity(), header));

        Assert.Contains("no MicrosoftAppId is configured", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _bed.Dispose();
}
