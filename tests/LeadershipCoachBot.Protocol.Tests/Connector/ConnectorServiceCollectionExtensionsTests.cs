using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddConnectorClient_NoAppId_RegistersAnonymousTokenProvider()
    {
        await using var services = ConnectorServices.Build();

        Assert.IsType<AnonymousBotTokenProvider>(services.GetRequiredService<IBotTokenProvider>());
        Assert.IsType<ConnectorClient>(services.GetRequiredService<IConnectorClient>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Theory]
    [InlineData("MultiTenant", typeof(ClientCredentialsBotTokenProvider))]
    [InlineData("SingleTenant", typeof(ClientCredentialsBotTokenProvider))]
    [InlineData("UserAssignedMSI", typeof(ManagedIdentityBotTokenProvider))]
    public async Task AddConnectorClient_AppType_RegistersMatchingTokenProvider(string appType, Type expected)
    {
        await using var services = ConnectorServices.Build(settings:
        [
            ("MicrosoftAppId", "00000000-0000-4000-8000-00000000000a"),
            ("MicrosoftAppPassword", "secret"),
            ("MicrosoftAppType", appType),
            ("MicrosoftAppTenantId", "00000000-0000-4000-8000-00000000000b"),
        ]);

        Assert.IsType(expected, services.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public async Task AddConnectorClient_BotConnectorSection_BindsOptionsAndKeepsRegisteredClock()
    {
        var clock = new TimerRecordingTimeProvider();
        await using var services = ConnectorServices.Build(clock, settings:
        [
            ("BotConnector:MaxRetries", "5"),
            ("BotConnector:MaxDelay", "00:00:20"),
            ("BotConnector:OAuthScope", "https://api.botframework.us/.default"),
            ("MicrosoftAppType", "SingleTenant"),
        ]);

        var options = services.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
        Assert.Equal(5, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(20), options.MaxDelay);
        Assert.Equal("https://api.botframework.us/.default", options.OAuthScope);
        Assert.Equal(MicrosoftAppType.SingleTenant, services.GetRequiredService<IOptions<BotAppOptions>>().Value.MicrosoftAppType);
        Assert.Same(clock, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task AddConnectorClient_NegativeMaxRetries_FailsValidationNamingTheSetting()
    {
        await using var services = ConnectorServices.Build(settings: [("BotConnector:MaxRetries", "-1")]);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotConnectorOptions>>().Value);

        Assert.Contains("BotConnector:MaxRetries", error.Message, StringComparison.Ordinal);
    }
}
