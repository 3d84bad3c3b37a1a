using LeadershipCoachBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>
/// The connector client as the web host composes it (<c>AddConnectorClient</c>), with the test's
/// clock, token provider and log sink registered first.
/// </summary>
public static class ConnectorServices
{
    public static ServiceProvider Build(
        TimeProvider? timeProvider = null,
        IBotTokenProvider? tokenProvider = null,
        RecordedLogs? logs = null,
        params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("BotConnector:AllowLoopbackServiceUrls", "true"), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))])
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(new RecordingLoggerProvider(logs));
            }
        });
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        if (tokenProvider is not null)
        {
            services.AddSingleton(tokenProvider);
        }

        services.AddConnectorClient(configuration);
        return services.BuildServiceProvider(validateScopes: true);
    }
}
