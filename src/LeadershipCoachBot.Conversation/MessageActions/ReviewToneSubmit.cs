using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;

namespace LeadershipCoachBot.Conversation.MessageActions;

/// <summary>What a Review tone dialog sent back: which button, and the text in its box.</summary>
public sealed record ReviewToneSubmit(string? Action, string Draft)
{
    public static ReviewToneSubmit Read(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value)
        {
            return new ReviewToneSubmit(null, string.Empty);
        }

        return new ReviewToneSubmit(StringOf(value, CardActions.Field), StringOf(value, ReviewToneCommand.DraftInput)?.Trim() ?? string.Empty);
    }

    private static string? StringOf(JsonElement value, string name) =>
        value.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;
}
