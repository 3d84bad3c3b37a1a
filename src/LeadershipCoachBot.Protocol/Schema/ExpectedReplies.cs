namespace LeadershipCoachBot.Protocol.Schema;

/// <summary>The body of a response to an activity sent with <c>deliveryMode: expectReplies</c>.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
