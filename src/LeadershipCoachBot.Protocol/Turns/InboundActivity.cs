using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// Reads the activity of a <c>POST /api/messages</c> body and refuses what no turn can use: a body
/// that is not a JSON activity, an activity without <c>type</c>, <c>channelId</c>,
/// <c>conversation.id</c> or <c>from.id</c>, and <c>null</c> in its member, entity or attachment
/// lists. The reason names the field. Lone surrogates anywhere in the body become U+FFFD first.
/// </summary>
public static class InboundActivity
{
    public static bool TryRead(byte[] body, [NotNullWhen(true)] out Activity? activity, out string problem)
    {
        ArgumentNullException.ThrowIfNull(body);
        activity = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(LoneSurrogates.Replace(body), ProtocolJson.Options);
        }
        catch (JsonException)
        {
            problem = "The body is not a JSON activity. Send one Bot Framework activity as a JSON object.";
            return false;
        }

        if (activity is null)
        {
            problem = "The body is not a JSON activity. Send one Bot Framework activity as a JSON object.";
            return false;
        }

        problem = FindProblem(activity) ?? string.Empty;
        if (problem.Length == 0)
        {
            return true;
        }

        activity = null;
        return false;
    }

    /// <summary>Why the activity cannot be processed, naming the field; null when it can.</summary>
    public static string? FindProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type. Every activity needs a \"type\", such as \"message\".";
        }

        return Missing(activity.ChannelId, "channelId")
            ?? Missing(activity.Conversation?.Id, "conversation.id")
            ?? Missing(activity.From?.Id, "from.id")
            ?? NullEntry(activity.MembersAdded, "membersAdded")
            ?? NullEntry(activity.MembersRemoved, "membersRemoved")
            ?? NullEntry(activity.Entities, "entities")
            ?? NullEntry(activity.Attachments, "attachments");
    }

    private static string? Missing(string? value, string field) =>
        string.IsNullOrWhiteSpace(value)
            ? $"The activity has no \"{field}\". The channel must send it: state and replies are keyed by it."
            : null;

    private static string? NullEntry<T>(IList<T>? items, string field) where T : class
    {
        if (items is null)
        {
            return null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                return $"The activity's \"{field}\" list holds null at index {i}; send objects only.";
            }
        }

        return null;
    }
}
