using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>
/// The Bot Connector failing as the coach replies mid-triage, with the real connector client over
/// HTTP. The turn's state is saved before its reply goes out, so an answer the connector would not
/// carry is still kept; the request ends within the connector deadline and the next turn goes on.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes them through IAsyncLifetime.DisposeAsync.")]
public sealed class ConnectorFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly StateChat _chat = new();
    private ScriptedConnector _healthy = null!;
    private CoachBotFactory _host = null!;

    public Task InitializeAsync()
    {
        _healthy = new ScriptedConnector();
        _host = new CoachBotFactory { UseRealConnector = true };
        FaultSettings.ApplyShortDeadlines(_host);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _healthy.DisposeAsync();
    }

    [Fact]
    public async Task ConnectorStalls_TurnEndsAtItsDeadline_AnswerKept_NextTurnGoesOn()
    {
        await using var stalling = new StallingServer();

        var answer = await AnswerThroughAsync("stalls", $"http://127.0.0.1:{stalling.Port}/");

        Assert.True(stalling.Accepted > 0);
        await AssertAnswerKeptAsync(answer);
    }

    [Fact]
    public async Task ConnectorAnswers429Then200_ReplyDeliveredOnce_AnswerKept()
    {
        await using var throttling = new ScriptedConnector(429);

        var answer = await AnswerThroughAsync("429 then 200", throttling.ServiceUrl);

        Assert.Equal([429, 200], throttling.Requests.Select(r => r.Status));
        Assert.Contains(DataQuestion, throttling.Requests[1].Body, StringComparison.Ordinal);
        await AssertAnswerKeptAsync(answer);
    }

    [Fact]
    public async Task ConnectorAnswers500_NothingMoreIsSent_AnswerKept_NextTurnGoesOn()
    {
        await using var failing = new ScriptedConnector(500, 500, 500, 500);

        var answer = await AnswerThroughAsync("500", failing.ServiceUrl);

        Assert.Equal([500], failing.Requests.Select(r => r.Status));
        await AssertAnswerKeptAsync(answer);
    }

    /// <summary>Starts a triage through the healthy connector, then answers its impact question through <paramref name="serviceUrl"/>.</summary>
    private async Task<JsonObject> AnswerThroughAsync(string fault, string serviceUrl)
    {
        var client = _host.CreateClient();
        await PostAsync(client, "triage", _healthy.ServiceUrl);
        await PostAsync(client, SkipWord, _healthy.ServiceUrl);
        Assert.Contains(ImpactQuestion, _healthy.Requests[^1].Body, StringComparison.Ordinal);

        var clock = Stopwatch.StartNew();
        var answer = await PostAsync(client, "most", serviceUrl);
        output.WriteLine($"connector {fault}: turn took {clock.ElapsedMilliseconds} ms");
        return answer;
    }

    private async Task AssertAnswerKeptAsync(JsonObject answer)
    {
        var storage = _host.Services.GetRequiredService<IStorage>();
        var stored = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];
        Assert.Contains(answer["id"]!.GetValue<string>(), stored["processedActivityIds"]!.AsArray().Select(i => i!.GetValue<string>()));

        var before = _healthy.Requests.Count;
        await PostAsync(_host.CreateClient(), "no", _healthy.ServiceUrl);
        Assert.Contains(SecurityQuestion, _healthy.Requests[before].Body, StringComparison.Ordinal);
    }

    private async Task<JsonObject> PostAsync(HttpClient client, string text, string serviceUrl)
    {
        var activity = _chat.Message(text);
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = serviceUrl;
        using var response = await client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return activity;
    }
}
