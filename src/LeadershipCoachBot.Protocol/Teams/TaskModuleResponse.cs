namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>The answer to <c>task/fetch</c> or <c>task/submit</c>.</summary>
public sealed class TaskModuleResponse
{
    public TaskModuleResponseBase? Task { get; set; }
}
