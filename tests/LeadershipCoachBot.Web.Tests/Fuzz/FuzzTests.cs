using System.Net;
using System.Text;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Web.Tests.Fuzz;

/// <summary>
/// 6,000 seeded requests of every activity type, in every dialog state (conversations are walked
/// through the triage and review dialogs by plausible answers between the generated requests):
/// no 5xx (except the protocol's 501 for an invoke the bot does not handle), no exception in the
/// log, no error logged, and a refused request leaves the conversation's stored state as it was.
/// </summary>
public sealed class FuzzTests
{
    private const int Requests = 6_000;

    [Theory]
    [InlineData(20261203)]
    public async Task SeededRequests_NoServerError_NoExceptionLogged_RefusalsChangeNoState(int seed)
    {
        var logs = new CollectingLoggerProvider();
        await using var host = new CoachBotFactory { ConfigureServices = s => s.AddLogging(b => b.AddProvider(logs)) };
        var client = host.CreateClient();
        var storage = host.Services.GetRequiredService<IStorage>();
        var fuzzer = new RequestFuzzer(seed);
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var (body, conversationId) = i % 3 == 0 ? Plausible(fuzzer) : fuzzer.Next();
            var key = $"msteams/conversations/{conversationId}";
            var before = await SnapshotAsync(storage, key);

            using var response = await client.PostAsync(MessagesEndpoint.Route, new StringContent(body, Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;

            Assert.True(status < 500 || (status == 501 && body.Contains("\"invoke\"", StringComparison.Ordinal)), $"request {i} answered {status}: {Clip(body)}");
            if (status is >= 400 and < 500)
            {
                Assert.Equal(before, await SnapshotAsync(storage, key));
            }
        }

        Assert.True(statuses.GetValueOrDefault(200) > Requests / 3, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.True(statuses.GetValueOrDefault(400) > 100, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static (string Body, string ConversationId) Plausible(RequestFuzzer fuzzer)
    {
        var (body, conversationId) = fuzzer.Next();
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageExpectReplies);
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["conversation"]!["id"] = conversationId;
        activity["text"] = fuzzer.PlausibleAnswer();
        _ = body;
        return (activity.ToJsonString(), conversationId);
    }

    private static async Task<string?> SnapshotAsync(IStorage storage, string key) =>
        (await storage.ReadAsync([key])).TryGetValue(key, out var value) ? StoreItemETag.ToStoredJson(value) : null;

    private static string Clip(string body) => body.Length > 300 ? body[..300] : body;
}
