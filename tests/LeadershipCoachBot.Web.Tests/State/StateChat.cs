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
    public static string Says(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => (string?[])[r.Text, .. r.Attachments?.Select(a => a.Content?.GetRawText()) ?? []]));
}
