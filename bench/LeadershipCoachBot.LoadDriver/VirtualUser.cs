using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>
/// Plays whole triage conversations back to back: each one a new conversation id, then every turn
/// in order, posted with <c>deliveryMode: expectReplies</c> so the replies come back in the response.
/// </summary>
public sealed class VirtualUser(HttpClient http, Uri endpoint, int number)
{
    private int _conversations;

    public async Task RunAsync(Func<bool> recording, List<TurnOutcome> outcomes, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var conversationId = $"load-{number}-{_conversations++}-{Guid.NewGuid():N}";
            for (var turn = 0; turn < TriageScript.Turns.Count && !cancellationToken.IsCancellationRequested; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await PostAsync(conversationId, turn, TriageScript.Turns[turn], cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - started;
                if (recording())
                {
                    outcomes.Add(new TurnOutcome(elapsed, ok));
                }

                if (!ok)
                {
                    break;
                }
            }
        }
    }

    private async Task<bool> PostAsync(string conversationId, int turn, string text, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversationId}-{turn}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/unused/",
            ["deliveryMode"] = "expectReplies",
            ["text"] = text,
            ["from"] = new JsonObject { ["id"] = $"29:load-user-{number}", ["name"] = "Load user" },
            ["recipient"] = new JsonObject { ["id"] = "28:load-bot", ["name"] = "Leadership Coach" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        };
        try
        {
            using var response = await http.PostAsJsonAsync(endpoint, activity, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            return body.RootElement.TryGetProperty("activities", out var replies) && replies.GetArrayLength() > 0;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return true;
        }
    }
}
