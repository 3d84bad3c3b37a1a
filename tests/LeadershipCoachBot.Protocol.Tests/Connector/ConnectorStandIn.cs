using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>
/// A real HTTP server on a free loopback port standing in for the Bot Connector: it records every
/// request as it arrived on the wire and answers from a script (200 with a resource id by default).
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _requestCount;

    private ConnectorStandIn(WebApplication app)
    {
        _app = app;
        _app.Run(AnswerAsync);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public int RequestCount => Volatile.Read(ref _requestCount);

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var standIn = new ConnectorStandIn(builder.Build());
        await standIn._app.StartAsync();
        var address = standIn._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        standIn.BaseUrl = address.TrimEnd('/');
        return standIn;
    }

    /// <summary>Answers the next request that arrives with this status, body and headers.</summary>
    public void Enqueue(int statusCode, string body = "", params (string Name, string Value)[] headers) =>
        _script.Enqueue(new ScriptedResponse(statusCode, body, headers));

    public async Task<RecordedRequest> NextRequestAsync() =>
        await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            context.Request.ContentType,
            body);

        var answer = _script.TryDequeue(out var scripted) ? scripted : new ScriptedResponse(200, """{"id":"created-1"}""", []);
        context.Response.StatusCode = answer.StatusCode;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        Interlocked.Increment(ref _requestCount);
        await _arrivals.Writer.WriteAsync(recorded, context.RequestAborted);
        if (answer.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    private sealed record ScriptedResponse(int StatusCode, string Body, (string Name, string Value)[] Headers);
}
