using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Diagnostics;
using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>
/// Every inbound token rule, each in both directions, against local OpenID metadata and JWKS
/// documents: the token that keeps the rule is accepted, its near miss is refused.
/// </summary>
public sealed class TokenRuleTableTests : IDisposable
{
    private const string V1Issuer = "https://sts.windows.net/" + AuthTestBed.BotServiceTenant + "/";
    private const string V2Issuer = "https://login.microsoftonline.com/" + AuthTestBed.BotServiceTenant + "/v2.0";
    private const string OtherApp = "0c3f5d2a-9e8b-4c7d-b6a5-f4e3d2c1b0a9";
    private const string PartnerApp = "4d2e8f6a-1b3c-4d5e-9f0a-b1c2d3e4f5a6";

    private static readonly TestSigningKey WebChatOnlyKey = new("webchat-key-1", "webchat");

    private static readonly Dictionary<string, (bool Accepted, Func<AuthTestBed, string> Token)> Rules = new(StringComparer.Ordinal)
    {
        ["channel token as sent"] = (true, bed => bed.ChannelToken()),
        ["exp a number"] = (true, bed => bed.ChannelToken(t => t.Expires = bed.Time.GetUtcNow().UtcDateTime.AddMinutes(30))),
        ["exp a numeric string"] = (false, bed => bed.ChannelToken(t => { t.Expires = null; t.Claims["exp"] = Seconds(bed, 3600).ToString(System.Globalization.CultureInfo.InvariantCulture); })),
        ["exp an object"] = (false, bed => bed.ChannelToken(t => { t.Expires = null; t.Claims["exp"] = new Dictionary<string, object> { ["at"] = Seconds(bed, 3600) }; })),
        ["exp missing"] = (false, bed => bed.ChannelToken(t => t.Expires = null)),
        ["nbf a number"] = (true, bed => bed.ChannelToken(t => t.NotBefore = bed.Time.GetUtcNow().UtcDateTime.AddMinutes(-10))),
        ["nbf absent"] = (true, bed => bed.ChannelToken(t => t.NotBefore = null)),
        ["nbf a string"] = (false, bed => bed.ChannelToken(t => { t.NotBefore = null; t.Claims["nbf"] = "yesterday"; })),
        ["expired within the clock skew"] = (true, bed => bed.ChannelToken(t => { t.NotBefore = bed.Time.GetUtcNow().UtcDateTime.AddHours(-1); t.Expires = bed.Time.GetUtcNow().UtcDateTime.AddMinutes(-4); })),
        ["expired beyond the clock skew"] = (false, bed => bed.ChannelToken(t => { t.NotBefore = bed.Time.GetUtcNow().UtcDateTime.AddHours(-1); t.Expires = bed.Time.GetUtcNow().UtcDateTime.AddMinutes(-6); })),
        ["serviceurl equal"] = (true, bed => bed.ChannelToken(t => t.Claims["serviceurl"] = AuthTestBed.ServiceUrl)),
        ["serviceurl equal but for case"] = (true, bed => bed.ChannelToken(t => t.Claims["serviceurl"] = AuthTestBed.ServiceUrl.ToUpperInvariant())),
        ["serviceurl without the trailing slash"] = (false, bed => bed.ChannelToken(t => t.Claims["serviceurl"] = AuthTestBed.ServiceUrl.TrimEnd('/'))),
        ["serviceurl of another region"] = (false, bed => bed.ChannelToken(t => t.Claims["serviceurl"] = "https://smba.trafficmanager.net/emea/")),
        ["serviceurl missing"] = (false, bed => bed.ChannelToken(t => t.Claims.Remove("serviceurl"))),
        ["audience this bot"] = (true, bed => bed.ChannelToken(t => t.Audience = AuthTestBed.AppId)),
        ["audience another bot"] = (false, bed => bed.ChannelToken(t => t.Audience = OtherApp)),
        ["issuer the Bot Framework"] = (true, bed => bed.ChannelToken(t => t.Issuer = AuthTestBed.BotFrameworkIssuer)),
        ["issuer unknown"] = (false, bed => bed.ChannelToken(t => t.Issuer = "https://api.botframework.example")),
        ["key endorsed for the channel"] = (true, bed => bed.ChannelToken(t => t.Signing = bed.ChannelKey.Credentials())),
        ["key endorsed for another channel only"] = (false, bed => bed.ChannelToken(t => t.Signing = WebChatOnlyKey.Credentials())),
        ["signed RS384"] = (true, bed => bed.ChannelToken(t => t.Signing = bed.ChannelKey.Credentials(SecurityAlgorithms.RsaSha384))),
        ["signed HS256 with the kid of a published key"] = (false, bed => bed.ChannelToken(t => t.Signing = TestTokens.Hs256(bed.ChannelKey.Kid))),
        ["Entra v1 called by this bot"] = (true, bed => bed.EntraToken(V1Issuer, t => t.Claims["appid"] = AuthTestBed.AppId)),
        ["Entra v1 called by another application"] = (false, bed => bed.EntraToken(V1Issuer, t => t.Claims["appid"] = OtherApp)),
        ["Entra v1 called by an allowed application"] = (true, bed => bed.EntraToken(V1Issuer, t => t.Claims["appid"] = PartnerApp)),
        ["Entra v1 naming no caller"] = (false, bed => bed.EntraToken(V1Issuer, t => t.Claims.Remove("appid"))),
        ["Entra v2 authorised party this bot"] = (true, bed => bed.EntraToken(V2Issuer, t => { t.Claims.Remove("appid"); t.Claims["ver"] = "2.0"; t.Claims["azp"] = AuthTestBed.AppId; })),
        ["Entra v2 authorised party another application"] = (false, bed => bed.EntraToken(V2Issuer, t => { t.Claims["ver"] = "2.0"; t.Claims["azp"] = OtherApp; })),
        ["Entra v2 with appid but no azp"] = (false, bed => bed.EntraToken(V2Issuer, t => t.Claims["ver"] = "2.0")),
        ["Entra serviceurl equal"] = (true, bed => bed.EntraToken(V2Issuer, t => t.Claims["serviceurl"] = AuthTestBed.ServiceUrl)),
        ["Entra serviceurl without the trailing slash"] = (false, bed => bed.EntraToken(V2Issuer, t => t.Claims["serviceurl"] = AuthTestBed.ServiceUrl.TrimEnd('/'))),
        ["Entra tid of the issuer"] = (true, bed => bed.EntraToken(V2Issuer, t => t.Claims["tid"] = AuthTestBed.BotServiceTenant)),
        ["Entra tid of another tenant"] = (false, bed => bed.EntraToken(V2Issuer, t => t.Claims["tid"] = "f8cdef31-a31e-4b4a-93e4-5f571e91255a")),
    };

    private readonly AuthTestBed _bed = new();

    public TokenRuleTableTests()
    {
        _bed.BotFramework.Keys.Add(WebChatOnlyKey);
        _bed.Options.AllowedCallers.Add(PartnerApp);
    }

    public static TheoryData<string> RuleNames() => [.. Rules.Keys];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public async Task Token_IsAcceptedExactlyWhenItKeepsTheRule(string rule)
    {
        var (accepted, token) = Rules[rule];
        var activity = AuthTestBed.Activity();
        var authenticate = () => _bed.CreateAuthentication().AuthenticateRequestAsync(activity, "Bearer " + token(_bed));

        if (accepted)
        {
            Assert.True((await authenticate()).IsAuthenticated);
            Assert.Equal("urn:botframework:azure", activity.CallerId);
        }
        else
        {
            await Assert.ThrowsAsync<UnauthorizedAccessException>(authenticate);
            Assert.Null(activity.CallerId);
        }
    }

    [Fact]
    public void Table_HoldsBothDirections()
    {
        Assert.Contains(Rules.Values, r => r.Accepted);
        Assert.True(Rules.Values.Count(r => !r.Accepted) >= 15);
    }

    [Fact]
    public async Task KeysUnreachable_IsUnavailableWithRetryAfter_AndLogsOneLineWithoutStack()
    {
        _bed.BotFramework.Unavailable = true;
        var authentication = _bed.CreateAuthentication();

        var first = await Assert.ThrowsAsync<AuthenticationUnavailableException>(
            () => authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.ChannelToken()));
        var second = await Assert.ThrowsAsync<AuthenticationUnavailableException>(
            () => authentication.AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.ChannelToken()));

        Assert.InRange(first.RetryAfter, TimeSpan.FromSeconds(1), _bed.Options.MinimumSigningKeyRefreshInterval);
        Assert.InRange(second.RetryAfter, TimeSpan.FromSeconds(1), _bed.Options.MinimumSigningKeyRefreshInterval);
        var line = Assert.Single(_bed.Logger.Entries, e => e.EventId.Id == LogEventIds.SigningKeysFetchFailed);
        Assert.Contains("HTTP 503", line.Message, StringComparison.Ordinal);
        Assert.All(_bed.Logger.Exceptions, Assert.Null);
    }

    public void Dispose() => _bed.Dispose();

    private static long Seconds(AuthTestBed bed, int fromNow) => bed.Time.GetUtcNow().AddSeconds(fromNow).ToUnixTimeSeconds();
}
