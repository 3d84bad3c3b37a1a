using System.Text;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests.Fuzz;

/// <summary>
/// Generates <c>/api/messages</c> bodies from a seed: activities of every type, with plausible and
/// implausible fields (wrong JSON types, nulls, lone surrogates, huge and nested values, missing
/// routing fields), answers that fit the dialog's questions, and bodies that are not JSON at all.
/// </summary>
internal sealed class RequestFuzzer(int seed)
{
    private static readonly string[] Types =
    [
        "message", "message", "message", "message", "conversationUpdate", "installationUpdate", "invoke", "invoke",
        "typing", "event", "messageReaction", "messageUpdate", "messageDelete", "endOfConversation", "contactRelationUpdate",
        "trace", "handoff", "deleteUserData", "suggestion", "command", "unknownType", "MESSAGE",
    ];

    private static readonly string[] Words =
    [
        "triage", "review", "help", "?", "cancel", "start over", "skip", "most", "all", "none", "some", "no", "yes",
        "not sure", "contained", "spreading", "1", "2", "3", "9", "apology", "incident update", "team message",
        "We shipped the change without a rollback plan and I own that.", "", " ", "\u0000", "<at>Leadership Coach</at> triage",
    ];

    private static readonly string[] InvokeNames =
        ["adaptiveCard/action", "composeExtension/fetchTask", "composeExtension/submitAction", "task/fetch", "task/submit", "signin/verifyState", "", "x"];

    private readonly Random _random = new(seed);
    private int _next;

    public IReadOnlyList<string> ConversationIds { get; } = [.. Enumerable.Range(0, 6).Select(i => $"a:fuzz-{seed}-{i}")];

    /// <summary>The next request body, and whether it is a well-formed activity meant to be answered.</summary>
    public (string Body, string ConversationId) Next()
    {
        var conversationId = ConversationIds[_random.Next(ConversationIds.Count)];
        var roll = _random.Next(100);
        if (roll < 4)
        {
            return (Garbage(), conversationId);
        }

        var activity = TeamsFixtures.Load(TeamsFixtures.MessageExpectReplies);
        activity["id"] = $"fuzz-{Interlocked.Increment(ref _next)}";
        activity["conversation"]!["id"] = conversationId;
        var type = Pick(Types);
        activity["type"] = type;
        activity["text"] = Pick(Words);
        if (_random.Next(3) == 0)
        {
            activity.Remove("deliveryMode");
        }

        switch (type)
        {
            case "message" when _random.Next(4) == 0:
                activity.Remove("text");
                activity["value"] = CardValue();
                break;
            case "conversationUpdate":
                activity["membersAdded"] = Members();
                if (_random.Next(3) == 0)
                {
                    activity["membersRemoved"] = Members();
                }

                break;
            case "installationUpdate":
                activity["action"] = Pick(["add", "remove", "add-upgrade", "remove-upgrade", "ADD", "", "x"]);
                break;
            case "invoke":
                activity["name"] = Pick(InvokeNames);
                activity["value"] = _random.Next(2) == 0 ? CardValue() : JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"v","data":{"action":"triage"}}}""");
                break;
            case "messageReaction":
                activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" }, null);
                break;
        }

        Mutate(activity);
        var body = activity.ToJsonString();
        if (_random.Next(20) == 0)
        {
            body = body.Replace("\"text\":\"", "\"text\":\"\\ud800", StringComparison.Ordinal);
        }

        return (body, conversationId);
    }

    /// <summary>A message that moves a conversation through its dialogs (a plausible answer or command).</summary>
    public string PlausibleAnswer() => Pick(Words[..22]);

    private void Mutate(JsonObject activity)
    {
        switch (_random.Next(30))
        {
            case 0: activity.Remove("channelId"); break;
            case 1: activity.Remove("from"); break;
            case 2: activity["conversation"]!.AsObject().Remove("id"); break;
            case 3: activity.Remove("type"); break;
            case 4: activity["entities"] = new JsonArray((JsonNode?)null); break;
            case 5: activity["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "29:x" }); break;
            case 6: activity["text"] = 42; break;
            case 7: activity["value"] = "not an object"; break;
            case 8: activity["from"] = "29:not-an-object"; break;
            case 9: activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = 7 }); break;
            case 10: activity["text"] = new string('w', _random.Next(20_000, 40_000)); break;
            case 11: activity["id"] = "id\r\nforged [Error] line"; break;
            case 12: activity["channelData"] = JsonNode.Parse("""{"tenant":null,"team":{"id":5}}"""); break;
            case 13: activity["locale"] = "xx-INVALID-locale-\u0007"; break;
            case 14: activity["conversation"]!["id"] = null; break;
            case 15: activity["recipient"] = null; break;
            case 16: activity["timestamp"] = "yesterday"; break;
            case 17: activity["value"] = Nested(_random.Next(10, 70)); break;
        }
    }

    private JsonNode? CardValue() => _random.Next(8) switch
    {
        0 => new JsonObject { ["action"] = Pick(["triage", "review", "help", "cancel", 7.ToString(System.Globalization.CultureInfo.InvariantCulture)]) },
        1 => new JsonObject { ["summary"] = Pick(Words) },
        2 => new JsonObject { ["draft"] = Pick(Words), ["kind"] = Pick(["apology", "exec-update", "unknown", ""]) },
        3 => new JsonObject { ["choice"] = _random.Next(-1, 9) },
        4 => new JsonObject { ["summary"] = new JsonArray(1, 2), ["action"] = new JsonObject() },
        5 => new JsonArray("a", null),
        6 => JsonValue.Create(_random.Next()),
        _ => new JsonObject { ["action"] = null, ["draft"] = null },
    };

    private JsonArray Members()
    {
        var members = new JsonArray();
        var count = _random.Next(0, 3) == 0 ? _random.Next(100, 3000) : _random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            members.Add(new JsonObject { ["id"] = i == 0 && _random.Next(2) == 0 ? "28:8f1a5c3e-2d4b-4e6f-9a0b-1c2d3e4f5a6b" : $"29:m{i}", ["name"] = $"M{i}" });
        }

        return members;
    }

    private JsonNode Nested(int depth)
    {
        JsonNode node = new JsonObject { ["leaf"] = "x" };
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["n"] = node };
        }

        return node;
    }

    private string Garbage() => _random.Next(6) switch
    {
        0 => "{",
        1 => "null",
        2 => "[]",
        3 => new string('[', 10_000) + new string(']', 10_000),
        4 => Encoding.Latin1.GetString([0xC3, 0x28, 0x7B]),
        _ => "\"just a string\"",
    };

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
