namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>The HTTP status and body a bot sets to answer an invoke.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    public object? Body { get; set; }
}
