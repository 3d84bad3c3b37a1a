using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>What a reply shows the user: its text and the JSON of its attachments.</summary>
internal static class Said
{
    public static string By(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var attachments = reply.Attachments?.Select(a => a.Content?.GetRawText()) ?? [];
        return string.Join("\n", [reply.Text, .. attachments]);
    }
}
