using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>A dialog: its title, size (<c>small</c>, <c>medium</c> or <c>large</c>) and card.</summary>
public sealed class TaskModuleTaskInfo
{
    public string? Title { get; set; }
    public string? Height { get; set; }
    public string? Width { get; set; }

    /// <summary>An Adaptive Card attachment (not a bare card).</summary>
    public Attachment? Card { get; set; }
}
