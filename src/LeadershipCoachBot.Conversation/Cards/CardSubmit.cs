using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>What a card button sends back: its action id (the card's inputs travel alongside).</summary>
public sealed record CardSubmit(string? Action)
{
    /// <summary>
    /// The action id of a card submit: a message with no text whose <c>value</c> is an object with a
    /// string <c>action</c>. Null for anything else.
    /// </summary>
    public static string? ReadAction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text) || activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<CardSubmit>(ProtocolJson.Options)?.Action;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
