using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Reads an Adaptive Card <c>Action.Submit</c>: a message with an object <c>value</c> and no text.</summary>
public static class CardSubmit
{
    /// <summary>Whether the activity is a card submit.</summary>
    public static bool IsCardSubmit(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object };
    }

    /// <summary>
    /// The string submitted in <paramref name="field"/>, or with no field the first string field;
    /// null when the activity is not a card submit or holds no such string.
    /// </summary>
    public static string? GetString(Activity activity, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsCardSubmit(activity))
        {
            return null;
        }

        foreach (var property in activity.Value!.Value.EnumerateObject())
        {
            var wanted = field is null || string.Equals(property.Name, field, StringComparison.Ordinal);
            if (wanted && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
