using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

public sealed class ServiceUrlAllowListTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://SMBA.trafficmanager.net/emea/", true)]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://europe.directline.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/", true)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.attacker.example/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("https://attacker.example/", false)]
    [InlineData("http://127.0.0.1:56150/_connector/", false)]
    [InlineData("http://localhost:3978/", false)]
    public void IsAllowed_DefaultsOutsideDevelopment(string url, bool allowed) =>
        Assert.Equal(allowed, Create(new BotConnectorOptions()).IsAllowed(new Uri(url)));

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector/", true)]
    [InlineData("http://[::1]:56150/", true)]
    [InlineData("https://attacker.example/", false)]
    public void IsAllowed_LoopbackWhenTurnedOn(string url, bool allowed) =>
        Assert.Equal(allowed, Create(new BotConnectorOptions { AllowLoopbackServiceUrls = true }).IsAllowed(new Uri(url)));

    [Fact]
    public void IsAllowed_ConfiguredHostsReplaceTheDefaults()
    {
        var list = Create(new BotConnectorOptions { AllowedServiceUrlHosts = ["connector.contoso.example", "*.relay.contoso.example"] });

        Assert.True(list.IsAllowed(new Uri("https://connector.contoso.example/v3/")));
        Assert.True(list.IsAllowed(new Uri("https://eu.relay.contoso.example/")));
        Assert.False(list.IsAllowed(new Uri("https://relay.contoso.example/")));
        Assert.False(list.IsAllowed(new Uri("https://smba.trafficmanager.net/amer/")));
    }

    private static ServiceUrlAllowList Create(BotConnectorOptions options) => new(Options.Create(options));
}
