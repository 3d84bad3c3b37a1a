using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary><c>composeExtension</c> of a response: <c>result</c> attachments, or a <c>message</c> text.</summary>
public sealed class MessagingExtensionResult
{
    public string? Type { get; set; }
    public string? AttachmentLayout { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public string? Text { get; set; }
}
