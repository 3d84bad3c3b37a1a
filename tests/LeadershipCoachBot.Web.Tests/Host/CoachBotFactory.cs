using LeadershipCoachBot.Protocol.Auth;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing.Fakes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>
/// The real host with its two network seams replaced: a recording connector client and a fake
/// authenticator. Optionally a different bot, settings and environment.
/// </summary>
internal sealed class CoachBotFactory : WebApplicationFactory<Program>
{
    public RecordingConnectorClient Connector { get; } = new();

    public FakeBotFrameworkAuthentication Authentication { get; init; } = FakeBotFrameworkAuthentication.Anonymous();

    public IBot? Bot { get; init; }

    /// <summary>Builds the bot from the host's services (to wrap the real <c>CoachBot</c>).</summary>
    public Func<IServiceProvider, IBot>? BotFactory { get; init; }

    /// <summary>Runs last on the host's services (to replace or wrap a registration).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Keeps the real connector client (replies go over HTTP to the activity's serviceUrl).</summary>
    public bool UseRealConnector { get; init; }

    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:Provider", "Memory");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!UseRealConnector)
            {
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton<IConnectorClient>(Connector);
            }
            services.RemoveAll<IBotFrameworkAuthentication>();
            services.AddSingleton<IBotFrameworkAuthentication>(Authentication);
            if (Bot is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton(Bot);
            }

            if (BotFactory is not null)
            {
                services.RemoveAll<IBot>();
                services.AddSingleton(BotFactory);
            }

            ConfigureServices?.Invoke(services);
        });
    }
}
