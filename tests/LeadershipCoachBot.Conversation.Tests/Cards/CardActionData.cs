using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Cards;

/// <summary>Finds a button on a reply's card (also inside Action.ShowCard) and gives the data it submits.</summary>
internal static class CardActionData
{
    public static Dictionary<string, string> Of(Activity reply, string title, Dictionary<string, string>? inputs = null)
    {
        var card = reply.Attachments?.FirstOrDefault()?.Content ?? throw new InvalidOperationException("The reply has no card.");
        var action = Find(card, title) ?? throw new InvalidOperationException($"No button titled '{title}' on the card.");
        var data = action.GetProperty("data").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value;
        }

        return data;
    }

    public static IReadOnlyList<string> Titles(Activity reply)
    {
        var card = reply.Attachments?.FirstOrDefault()?.Content;
        return card is { } c && c.TryGetProperty("actions", out var actions) ? [.. actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()!)] : [];
    }

    private static JsonElement? Find(JsonElement card, string title)
    {
        if (!card.TryGetProperty("actions", out var actions))
        {
            return null;
        }

        foreach (var action in actions.EnumerateArray())
        {
            if (action.GetProperty("title").GetString() == title && action.TryGetProperty("data", out _))
            {
                return action;
            }

            if (action.TryGetProperty("card", out var inner) && Find(inner, title) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
