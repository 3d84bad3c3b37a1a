using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ClientCredentialsBotTokenProviderTests : IDisposable
{
    private readonly FakeIdentityProvider _identity = new();

    public void Dispose() => _identity.Dispose();

    [Fact]
    public async Task GetAccessToken_MultiTenant_AsksBotFrameworkTenantForConnectorScope()
    {
        var provider = Create(new BotAppOptions { MicrosoftAppId = "app-multi", MicrosoftAppPassword = "secret", MicrosoftAppType = MicrosoftAppType.MultiTenant });

        var token = await provider.GetAccessTokenAsync();

        Assert.Equal(FakeIdentityProvider.AccessToken, token);
        var (uri, form) = Assert.Single(_identity.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
        Assert.Contains("grant_type=client_credentials", form, StringComparison.Ordinal);
        Assert.Contains("client_id=app-multi", form, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessToken_SingleTenant_AsksTheBotsOwnTenant()
    {
        var provider = Create(new BotAppOptions
        {
            MicrosoftAppId = "app-single",
            MicrosoftAppPassword = "secret",
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
            MicrosoftAppTenantId = "7c2f1a9e-0000-4000-8000-000000000001",
        });

        await provider.GetAccessTokenAsync();

        var (uri, _) = Assert.Single(_identity.TokenRequests);
        Assert.Equal("https://login.microsoftonline.com/7c2f1a9e-0000-4000-8000-000000000001/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task GetAccessToken_CalledTwice_ServesSecondFromMsalCache()
    {
        var provider = Create(new BotAppOptions { MicrosoftAppId = "app-cache", MicrosoftAppPassword = "secret" });

        var first = await provider.GetAccessTokenAsync();
        var second = await provider.GetAccessTokenAsync();

        Assert.Equal(first, second);
        Assert.Single(_identity.TokenRequests);
    }

    [Fact]
    public async Task GetAccessToken_GovernmentCloudOptions_UsesConfiguredAuthorityAndScope()
    {
        var connector = new BotConnectorOptions
        {
            LoginEndpoint = "https://login.microsoftonline.us/",
            ChannelAuthTenant = "MicrosoftServices.onmicrosoft.us",
            OAuthScope = "https://api.botframework.us/.default",
        };
        var provider = Create(new BotAppOptions { MicrosoftAppId = "app-gov", MicrosoftAppPassword = "secret" }, connector);

        await provider.GetAccessTokenAsync();

        var (uri, form) = Assert.Single(_identity.TokenRequests);
        // MSAL lower-cases the authority; hosts and tenant names are case-insensitive.
        Assert.Equal("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us/oauth2/v2.0/token", uri.GetLeftPart(UriPartial.Path), ignoreCase: true);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.us%2F.default", form, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SingleTenantWithoutTenantId_SaysWhichSettingIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(new BotAppOptions
        {
            MicrosoftAppId = "app-single",
            MicrosoftAppPassword = "secret",
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
        }));

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoPassword_SaysWhichSettingIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Create(new BotAppOptions { MicrosoftAppId = "app-multi" }));

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }

    private ClientCredentialsBotTokenProvider Create(BotAppOptions app, BotConnectorOptions? connector = null) =>
        new(Options.Create(app), Options.Create(connector ?? new BotConnectorOptions()), _identity,
            NullLogger<ClientCredentialsBotTokenProvider>.Instance);
}
