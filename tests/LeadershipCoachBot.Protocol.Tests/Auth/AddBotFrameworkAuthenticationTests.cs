using LeadershipCoachBot.Protocol.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

public sealed class AddBotFrameworkAuthenticationTests : IDisposable
{
    private readonly AuthTestBed _bed = new();

    [Fact]
    public async Task AddBotFrameworkAuthentication_FromConfiguration_AuthenticatesThroughTheNamedClient()
    {
        var services = Services(new()
        {
            ["MicrosoftAppId"] = AuthTestBed.AppId,
            ["BotAuthentication:OpenIdMetadataUrl"] = _bed.BotFramework.MetadataUrl.AbsoluteUri,
            ["BotAuthentication:EntraOpenIdMetadataUrl"] = _bed.Entra.MetadataUrl.AbsoluteUri,
        });
        services.AddSingleton<TimeProvider>(_bed.Time);
        services.AddBotFrameworkAuthentication(Configuration([]));
        services.AddHttpClient(BotFrameworkAuthentication.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _bed.Network);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var identity = await provider.GetRequiredService<IBotFrameworkAuthentication>()
            .AuthenticateRequestAsync(AuthTestBed.Activity(), "Bearer " + _bed.ChannelToken());

        Assert.True(identity.IsAuthenticated);
        Assert.Equal(1, _bed.BotFramework.MetadataRequests);
        Assert.Same(_bed.Time, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotFrameworkAuthentication_BindsRootAndSection()
    {
        using var provider = Services(new()
        {
            ["MicrosoftAppId"] = AuthTestBed.AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "7a4c4d3e-1f2b-4c5d-8e9f-a0b1c2d3e4f5",
            ["BotAuthentication:CallerId"] = "urn:botframework:azureusgov",
            ["BotAuthentication:EntraTenantIds:0"] = "cab8a31a-1906-4287-a0d8-4eef66b95f6e",
        }).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var app = provider.GetRequiredService<IOptions<BotAppOptions>>().Value;
        var authentication = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(MicrosoftAppType.SingleTenant, app.MicrosoftAppType);
        Assert.Equal("urn:botframework:azureusgov", authentication.CallerId);
        Assert.Equal(["cab8a31a-1906-4287-a0d8-4eef66b95f6e"], authentication.EntraTenantIds);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<BotFrameworkAuthentication>(provider.GetRequiredService<IBotFrameworkAuthentication>());
    }

    [Theory]
    [InlineData("MicrosoftAppType=SingleTenant", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppTenantId=contoso.onmicrosoft.com", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppTenantId=7a4c4d3e-1f2b-4c5d-8e9f-a0b1c2d3e4f5;MicrosoftAppPassword=secret", "UserAssignedMSI takes no MicrosoftAppPassword")]
    [InlineData("BotAuthentication:OpenIdMetadataUrl=http://login.botframework.com/v1/.well-known/openidconfiguration", "OpenIdMetadataUrl")]
    [InlineData("BotAuthentication:EntraOpenIdMetadataUrl=not a url", "EntraOpenIdMetadataUrl")]
    [InlineData("BotAuthentication:EntraIssuerFormats:0=https://sts.windows.net/fixed/", "EntraIssuerFormats")]
    [InlineData("BotAuthentication:ClockSkew=00:30:00", "ClockSkew")]
    [InlineData("BotAuthentication:SigningKeyRefreshInterval=2.00:00:00", "SigningKeyRefreshInterval")]
    public void AddBotFrameworkAuthentication_InvalidSetting_FailsAtStartUp(string settings, string expected)
    {
        var configuration = new Dictionary<string, string?> { ["MicrosoftAppId"] = AuthTestBed.AppId };
        foreach (var setting in settings.Split(';'))
        {
            var parts = setting.Split('=', 2);
            configuration[parts[0]] = parts[1];
        }

        using var provider = Services(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFrameworkAuthentication_LoopbackHttpAndAnonymousSingleTenant_PassStartUp()
    {
        using var provider = Services(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotAuthentication:OpenIdMetadataUrl"] = "http://127.0.0.1:5010/v1/.well-known/openidconfiguration",
            ["BotAuthentication:EntraOpenIdMetadataUrl"] = "http://localhost:5011/common/v2.0/.well-known/openid-configuration",
        }).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void AddBotFrameworkAuthentication_CalledTwice_RegistersOneAuthenticator()
    {
        var services = Services([]);
        services.AddBotFrameworkAuthentication(Configuration([]));

        Assert.Single(services, d => d.ServiceType == typeof(IBotFrameworkAuthentication));
        Assert.Single(services, d => d.ServiceType == typeof(TimeProvider));
    }

    public void Dispose() => _bed.Dispose();

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFrameworkAuthentication(Configuration(settings));
        return services;
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
