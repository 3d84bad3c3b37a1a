namespace LeadershipCoachBot.Protocol.Teams;

/// <summary>Closes the dialog and shows <see cref="Value"/> as a short message.</summary>
public sealed class TaskModuleMessageResponse : TaskModuleResponseBase
{
    public string? Value { get; set; }
}
