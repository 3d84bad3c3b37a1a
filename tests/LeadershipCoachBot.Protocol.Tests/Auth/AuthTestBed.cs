using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>
/// A bot with an app id, a fake Bot Framework token service (keys endorsed for msteams) and a fake
/// Entra token service (keys without endorsements), on a fake clock.
/// </summary>
internal sealed class AuthTestBed : IDisposable
{
    public const string AppId = "9b3b0f5e-7d7a-4b1c-9a36-2f1f6c0a1b11";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ChannelId = "msteams";
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string BotServiceTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    public AuthTestBed()
    {
        BotFramework = Network.Add("https://login.botframework.test/v1/.well-known/openidconfiguration", "https://login.botframework.test/v1/.well-known/keys");
        Entra = Network.Add("https://login.entra.test/common/v2.0/.well-known/openid-configuration", "https://login.entra.test/common/discovery/v2.0/keys");
        BotFramework.Keys.Add(ChannelKey);
        Entra.Keys.Add(EntraKey);
        Options = new BotAuthenticationOptions
        {
            OpenIdMetadataUrl = BotFramework.MetadataUrl.AbsoluteUri,
            EntraOpenIdMetadataUrl = Entra.MetadataUrl.AbsoluteUri,
        };
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public FakeOpenIdNetwork Network { get; } = new();

    public OpenIdAuthority BotFramework { get; }

    public OpenIdAuthority Entra { get; }

    public TestSigningKey ChannelKey { get; } = new("channel-key-1", "msteams", "webchat");

    public TestSigningKey EntraKey { get; } = new("entra-key-1", null);

    public BotAppOptions App { get; } = new() { MicrosoftAppId = AppId, MicrosoftAppPassword = "not-used-inbound" };

    public BotAuthenticationOptions Options { get; }

    public CapturingLogger<BotFrameworkAuthentication> Logger { get; } = new();

    public BotFrameworkAuthentication CreateAuthentication() =>
        new(Microsoft.Extensions.Options.Options.Create(App), Microsoft.Extensions.Options.Options.Create(Options), Network, Time, Logger);

    public static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        CallerId = "urn:botframework:spoofed",
    };

    /// <summary>A valid Bot Framework channel token, changed by <paramref name="change"/>.</summary>
    public string ChannelToken(Action<TokenSpec>? change = null)
    {
        var spec = new TokenSpec
        {
            Signing = ChannelKey.Credentials(),
            Issuer = BotFrameworkIssuer,
            Audience = AppId,
            NotBefore = Time.GetUtcNow().UtcDateTime.AddMinutes(-1),
            Expires = Time.GetUtcNow().UtcDateTime.AddHours(1),
        };
        spec.Claims["serviceurl"] = ServiceUrl;
        change?.Invoke(spec);
        return TestTokens.Create(spec);
    }

    /// <summary>A valid Entra-issued token from <paramref name="issuer"/> (no serviceurl claim, called by this bot), changed by <paramref name="change"/>.</summary>
    public string EntraToken(string issuer, Action<TokenSpec>? change = null)
    {
        var spec = new TokenSpec
        {
            Signing = EntraKey.Credentials(),
            Issuer = issuer,
            Audience = AppId,
            NotBefore = Time.GetUtcNow().UtcDateTime.AddMinutes(-1),
            Expires = Time.GetUtcNow().UtcDateTime.AddHours(1),
        };
        spec.Claims["appid"] = AppId;
        change?.Invoke(spec);
        return TestTokens.Create(spec);
    }

    public void Dispose()
    {
        Network.Dispose();
    }
}
