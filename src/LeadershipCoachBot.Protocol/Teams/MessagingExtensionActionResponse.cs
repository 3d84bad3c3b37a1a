namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>The answer to a message-extension action: a dialog to show (<see cref="Task"/>) or a result.</summary>
public sealed class MessagingExtensionActionResponse
{
    public TaskModuleResponseBase? Task { get; set; }

    public MessagingExtensionResult? ComposeExtension { get; set; }
}
