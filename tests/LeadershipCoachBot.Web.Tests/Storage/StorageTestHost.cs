using LeadershipCoachBot.Web.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Web.Tests.Storage;

/// <summary>A minimal web host with only the storage registration and <c>/healthz</c>, <c>/readyz</c>, on the in-memory test server.</summary>
internal static class StorageTestHost
{
    public static WebApplication Build(IDictionary<string, string?> settings, CollectingLoggerProvider logs)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAzureTableStorage(builder.Configuration);
        var app = builder.Build();
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>A connection string for a table endpoint where nothing listens (the Azurite development account on port 1).</summary>
    public const string UnreachableConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";
}
