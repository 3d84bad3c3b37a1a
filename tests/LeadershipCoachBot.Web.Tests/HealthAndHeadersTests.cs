using System.Net;
using Azure.Data.Tables;
using LeadershipCoachBot.Testing.Fakes;
using LeadershipCoachBot.Web.Storage;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Liveness against readiness while storage is down, and the headers every response carries.</summary>
public sealed class HealthAndHeadersTests
{
    [Fact]
    public async Task StorageDown_HealthzIs200_ReadyzIs503()
    {
        await using var host = StorageDownHost();
        var client = host.CreateClient();

        var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    [Fact]
    public async Task StorageUp_ReadyzIs200()
    {
        await using var host = new CoachBotFactory();

        var ready = await host.CreateClient().GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/api/messages")]
    [InlineData("/no-such-page")]
    public async Task EveryResponse_IsNosniff_WithoutServerHeader(string path)
    {
        await using var host = new CoachBotFactory();

        var response = await host.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Kestrel_IsConfiguredWithoutServerHeader()
    {
        await using var host = new CoachBotFactory();
        _ = host.CreateClient();

        Assert.False(host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Unauthorized_CarriesWwwAuthenticateBearer()
    {
        await using var host = new CoachBotFactory { Authentication = FakeBotFrameworkAuthentication.RequiringHeader("Bearer valid-token") };
        host.Settings["MicrosoftAppId"] = "8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b";

        var response = await host.CreateClient().PostAsync(TeamsFixtures.InstallationUpdateAdd);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    private static CoachBotFactory StorageDownHost() => new()
    {
        ConfigureServices = services =>
        {
            services.Configure<StorageOptions>(o => o.Provider = StorageProvider.AzureTables);
            services.RemoveAll<TableClient>();
            services.AddSingleton(new TableClient(StorageTestHost.UnreachableConnectionString, "botstate", AzuriteTable.FastOptions()));
            foreach (var startupCheck in services.Where(d => d.ImplementationType == typeof(StorageStartupCheck)).ToList())
            {
                services.Remove(startupCheck);
            }
        },
    };
}
