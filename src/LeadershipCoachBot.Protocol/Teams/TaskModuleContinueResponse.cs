namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>Shows (or replaces) the dialog with <see cref="Value"/>.</summary>
public sealed class TaskModuleContinueResponse : TaskModuleResponseBase
{
    public TaskModuleTaskInfo? Value { get; set; }
}
