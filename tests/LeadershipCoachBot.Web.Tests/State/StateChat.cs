using System.Text.Json;
using System.Net;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing.Cards;
using LeadershipCoachBot.Web.Tests.Host;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// One Teams personal chat of its own: builds its message activities (a new id each) and posts
/// them to a host with <c>deliveryMode: expectReplies</c>, returning the coach's replies.
/// </summary>
internal sealed class StateChat
{
    private int _next;

    public string ConversationId { get; } = "a:" + Guid.NewGuid().ToString("N");

    /// <summary>The conversation's key in bot state storage.</summary>
    public string StorageKey => $"msteams/conversations/{ConversationId}";

    public JsonObject Message(string text)
    {
        var activity = TeamsFixtures.Load(TeamsFixtures.MessageExpectReplies);
        activity["id"] = $"{ConversationId}-{Interlocked.Increment(ref _next)}";
        activity["text"] = text;
        activity["conversation"]!["id"] = ConversationId;
        return activity;
    }

    public Task<IReadOnlyList<Activity>> SayAsync(HttpClient client, string text) => SendAsync(client, Message(text));

    public static async Task<IReadOnlyList<Activity>> SendAsync(HttpClient client, JsonObject activity)
    {
        using var response = await client.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadRepliesAsync()).Activities.ToList();
        AdaptiveCardRecorder.RecordAll(replies);
        return replies;
    }

    /// <summary>Everything the replies show the user: texts and card JSON.</summary>
    private static readonly JsonSerializerOptions ReadableJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What the replies say: their text, their cards' JSON, and every string in the cards as written.</summary>
    public static string Says(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => (string?[])[r.Text, .. r.Attachments?.Select(a => a.Content is { } content ? JsonSerializer.Serialize(content, ReadableJson) + "\n" + string.Join("\n", TextsOf(content)) : null) ?? []]));

    private static IEnumerable<string> TextsOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => TextsOf(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(TextsOf),
        _ => [],
    };
}
