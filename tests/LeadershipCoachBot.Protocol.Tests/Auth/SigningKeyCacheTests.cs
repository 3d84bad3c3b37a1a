using System.Security.Claims;
using LeadershipCoachBot.Protocol.Auth;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>Signing keys are fetched once, refreshed daily and on a new kid, and never hammered.</summary>
public sealed class SigningKeyCacheTests : IDisposable
{
    private readonly AuthTestBed _bed = new();
    private readonly BotFrameworkAuthentication _authentication;

    public SigningKeyCacheTests() => _authentication = _bed.CreateAuthentication();

    [Fact]
    public async Task AuthenticateRequestAsync_ManyRequests_FetchMetadataAndKeysOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            await AcceptAsync(_bed.ChannelToken());
            _bed.Time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.Equal(1, _bed.BotFramework.MetadataRequests);
        Assert.Equal(1, _bed.BotFramework.KeyRequests);
        Assert.Equal([BotFrameworkAuthentication.HttpClientName], _bed.Network.ClientNames.Distinct());
    }

    [Fact]
    public async Task AuthenticateRequestAsync_UnknownKid_RefetchesOnceThenRejects()
    {
        await AcceptAsync(_bed.ChannelToken());
        var unknown = new TestSigningKey("never-published", "msteams");
        var token = _bed.ChannelToken(t => t.Signing = unknown.Credentials());

        await RejectAsync(token);
        await RejectAsync(token);
        await RejectAsync(token);

        Assert.Equal(2, _bed.BotFramework.MetadataRequests);
        Assert.Equal(2, _bed.BotFramework.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_UnknownKidAfterMinimumInterval_RefetchesAgain()
    {
        var unknown = new TestSigningKey("never-published", "msteams");
        var token = _bed.ChannelToken(t => t.Signing = unknown.Credentials());
        await RejectAsync(token);
        var afterFirst = _bed.BotFramework.MetadataRequests;

        _bed.Time.Advance(TimeSpan.FromMinutes(4));
        await RejectAsync(token);
        Assert.Equal(afterFirst, _bed.BotFramework.MetadataRequests);

        _bed.Time.Advance(TimeSpan.FromMinutes(1));
        await RejectAsync(token);
        Assert.Equal(afterFirst + 1, _bed.BotFramework.MetadataRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_RotatedKey_RefetchedAndAccepted()
    {
        await AcceptAsync(_bed.ChannelToken());
        var rotated = new TestSigningKey("channel-key-2", "msteams");
        _bed.BotFramework.Keys.Add(rotated);

        await AcceptAsync(_bed.ChannelToken(t => t.Signing = rotated.Credentials()));

        Assert.Equal(2, _bed.BotFramework.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_KeysOlderThanADay_Refetched()
    {
        await AcceptAsync(_bed.ChannelToken());
        _bed.Time.Advance(TimeSpan.FromHours(23));
        await AcceptAsync(_bed.ChannelToken());
        Assert.Equal(1, _bed.BotFramework.KeyRequests);

        _bed.Time.Advance(TimeSpan.FromHours(1));
        await AcceptAsync(_bed.ChannelToken());

        Assert.Equal(2, _bed.BotFramework.KeyRequests);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_RefreshFails_KeepsPreviousKeysAndBacksOff()
    {
        await AcceptAsync(_bed.ChannelToken());
        _bed.BotFramework.Unavailable = true;
        _bed.Time.Advance(TimeSpan.FromHours(25));

        await AcceptAsync(_bed.ChannelToken());
        await AcceptAsync(_bed.ChannelToken());

        Assert.Equal(2, _bed.BotFramework.MetadataRequests);
        Assert.Contains(_bed.Logger.Entries, e => e.EventId.Id == 1204);
    }

    [Fact]
    public async Task AuthenticateRequestAsync_KeysNeverLoaded_ThrowsInvalidOperationAndBacksOff()
    {
        _bed.BotFramework.Unavailable = true;

        var error = await Assert.ThrowsAsync<AuthenticationUnavailableException>(
            () => _authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.ChannelToken()));
        await Assert.ThrowsAsync<AuthenticationUnavailableException>(
            () => _authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.ChannelToken()));

        Assert.Contains("OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _bed.BotFramework.MetadataRequests);

        _bed.BotFramework.Unavailable = false;
        _bed.Time.Advance(TimeSpan.FromMinutes(5));
        await AcceptAsync(_bed.ChannelToken());
    }

    public void Dispose()
    {
        _authentication.Dispose();
        _bed.Dispose();
    }

    private Task<ClaimsIdentity> AcceptAsync(string token) =>
        _authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + token);

    private Task<UnauthorizedAccessException> RejectAsync(string token) =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => AcceptAsync(token));
}
