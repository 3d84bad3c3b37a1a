namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>Mention handling for inbound text (Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in group and channel messages).</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// The text without the mentions of the recipient (the bot), trimmed. Only mentions whose
    /// entity names the recipient's id are removed; other people's mentions stay.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { Length: > 0 } id ? activity.RemoveMentionText(id) : activity.Text?.Trim();
    }

    /// <summary>The text without the mentions of the account with <paramref name="id"/>, trimmed.</summary>
    public static string? RemoveMentionText(this Activity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (activity.Text is not { } text)
        {
            return null;
        }

        foreach (var mention in activity.GetMentions())
        {
            if (!string.Equals(mention.Mentioned?.Id, id, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = mention.Text is { Length: > 0 } t ? t
                : mention.Mentioned?.Name is { Length: > 0 } name ? $"<at>{name}</at>"
                : null;
            if (markup is not null)
            {
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
