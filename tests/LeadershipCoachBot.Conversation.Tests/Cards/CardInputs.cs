using System.Text.Json;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

/// <summary>Every input on a card (<c>Input.*</c>), wherever it stands, show cards included.</summary>
internal static class CardInputs
{
    public static IEnumerable<JsonElement> All(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => (IsInput(element) ? [element] : Enumerable.Empty<JsonElement>()).Concat(element.EnumerateObject().SelectMany(p => All(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(All),
        _ => [],
    };

    /// <summary>The value of the input <paramref name="id"/> on the reply's card.</summary>
    public static string ValueOf(LeadershipCoachBot.Protocol.Schema.Activity reply, string id) =>
        All(reply.Attachments![0].Content!.Value).Single(i => i.GetProperty("id").GetString() == id).GetProperty("value").GetString()!;

    private static bool IsInput(JsonElement element) =>
        element.TryGetProperty("type", out var type) && type.GetString()?.StartsWith("Input.", StringComparison.Ordinal) == true;
}
