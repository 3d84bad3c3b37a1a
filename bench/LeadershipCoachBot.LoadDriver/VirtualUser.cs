using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.LoadDriver;

/// <summary>
/// Plays scripts back to back, every turn posted with <c>deliveryMode: expectReplies</c> so the replies come back
/// in the response. Triage conversations each start a new conversation id; reviews follow one another in the
/// user's own conversation, as a leader reviewing draft after draft would, so the bot's stored state stays bounded.
/// A turn counts as answered when it got at least one activity back, and a review's last turn when one of them
/// carries a card (the review card; a refused draft gets a plain retry prompt).
/// </summary>
public sealed class VirtualUser(HttpClient http, Uri endpoint, int number, LoadScenario scenario, int draftCharacters)
{
    private readonly string _ownConversation = $"load-{number}-{Guid.NewGuid():N}";
    private int _scripts;
    private int _posted;

    public async Task RunAsync(Func<bool> recording, List<TurnOutcome> outcomes, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var script = _scripts++;
            var (conversationId, turns) = scenario == LoadScenario.Review
                ? (_ownConversation, ReviewScript.Turns(number, script, draftCharacters))
                : ($"load-{number}-{script}-{Guid.NewGuid():N}", TriageScript.Turns);
            for (var turn = 0; turn < turns.Count && !cancellationToken.IsCancellationRequested; turn++)
            {
                var started = Stopwatch.GetTimestamp();
                var needsCard = scenario == LoadScenario.Review && turn == turns.Count - 1;
                var ok = await PostAsync(conversationId, _posted++, turns[turn], needsCard, cancellationToken);
                var elapsed = Stopwatch.GetTimestamp() - started;
                if (recording())
                {
                    outcomes.Add(new TurnOutcome(elapsed, ok, turn == turns.Count - 1));
                }

                if (!ok)
                {
                    break;
                }
            }
        }
    }

    private async Task<bool> PostAsync(string conversationId, int sequence, string text, bool needsCard, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"{conversationId}-{sequence}",
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
            return body.RootElement.TryGetProperty("activities", out var replies) && replies.GetArrayLength() > 0
                && (!needsCard || replies.EnumerateArray().Any(r => r.TryGetProperty("attachments", out var cards) && cards.GetArrayLength() > 0));
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
