using LeadershipCoachBot.Web.Tests.Host;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests;

public sealed class ProductionStartupTests
{
    [Fact]
    public async Task Production_WithoutMicrosoftAppId_RefusesToStart()
    {
        await using var host = new CoachBotFactory { EnvironmentName = "Production" };

        // The host stops on the failed validation; the test factory sometimes surfaces that as a disposed provider.
        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.True(failure is OptionsValidationException or ObjectDisposedException, failure.GetType().Name);
        if (failure is OptionsValidationException)
        {
            Assert.Contains("MicrosoftAppId is not set", failure.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Production_WithMicrosoftAppId_Starts()
    {
        await using var host = new CoachBotFactory { EnvironmentName = "Production" };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";
        host.Settings["MicrosoftAppPassword"] = "not-a-real-secret";

        var response = await host.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
    }
}
