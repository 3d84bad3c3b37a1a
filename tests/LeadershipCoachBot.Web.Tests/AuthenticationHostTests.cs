using System.Net;
using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Authentication as the host applies it: by environment, and when the token service's keys are out of reach.</summary>
public sealed class AuthenticationHostTests
{
    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    [InlineData("Benchmark")]
    public async Task OutsideDevelopment_WithoutMicrosoftAppId_RefusesToStart(string environment)
    {
        await using var host = new CoachBotFactory { EnvironmentName = environment };

        // The host stops on the failed validation; the test factory sometimes surfaces that as a disposed provider.
        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.True(failure is OptionsValidationException or ObjectDisposedException, failure.GetType().Name);
    }

    [Theory]
    [InlineData("Staging", false)]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public void IdentityCheck_WithoutAppId_PassesInDevelopmentOnly_NamingTheEnvironment(string environment, bool passes)
    {
        var check = new ProductionIdentityCheck(new TestEnvironment(environment));

        var result = check.Validate(null, new BotAppOptions());

        Assert.Equal(passes, result.Succeeded);
        if (!passes)
        {
            Assert.Contains("MicrosoftAppId is not set", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains(environment, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void IdentityCheck_WithAppId_PassesEverywhere() =>
        Assert.True(new ProductionIdentityCheck(new TestEnvironment("Staging")).Validate(null, new BotAppOptions { MicrosoftAppId = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b" }).Succeeded);

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Staging", false)]
    public async Task LoopbackServiceUrls_AreAllowedInDevelopmentOnly(string environment, bool allowed)
    {
        await using var host = new CoachBotFactory { EnvironmentName = environment };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        host.Settings["BotConnector:AllowLoopbackServiceUrls"] = "true";
        _ = host.CreateClient();

        var list = host.Services.GetRequiredService<ServiceUrlAllowList>();

        Assert.Equal(allowed, list.IsAllowed(new Uri("http://127.0.0.1:56150/_connector/")));
    }

    [Fact]
    public async Task KeysUnreachable_WellFormedToken_Is503WithRetryAfter_OneLogLineNoStack()
    {
        var logs = new CollectingLoggerProvider();
        await using var host = new CoachBotFactory
        {
            ConfigureServices = services =>
            {
                services.RemoveAll<IBotFrameworkAuthentication>();
                services.AddSingleton<IBotFrameworkAuthentication, BotFrameworkAuthentication>();
                services.AddLogging(b => b.AddProvider(logs));
            },
        };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";
        host.Settings["BotAuthentication:OpenIdMetadataUrl"] = "http://127.0.0.1:1/v1/.well-known/openidconfiguration";

        var response = await host.CreateClient().PostAsync(TeamsFixtures.MessageGroupMention, "Bearer " + UnsignedChannelToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Empty(host.Connector.Calls);
        var warnings = logs.Entries.Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("LeadershipCoachBot.Protocol", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(warnings);
        Assert.Contains("Could not fetch signing keys", line.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionError", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null);
    }

    /// <summary>A token shaped like a channel token (RS256, a kid, the Bot Framework issuer); its signature is never checked because the keys cannot be fetched.</summary>
    private static string UnsignedChannelToken()
    {
        static string Part(string json) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(json);
        return $"{Part("""{"alg":"RS256","kid":"k1","typ":"JWT"}""")}.{Part("""{"iss":"https://api.botframework.com","aud":"8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b","exp":4102444800,"serviceurl":"https://smba.trafficmanager.net/emea/"}""")}.c2ln";
    }

    private sealed class TestEnvironment(string name) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "LeadershipCoachBot.Web";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
