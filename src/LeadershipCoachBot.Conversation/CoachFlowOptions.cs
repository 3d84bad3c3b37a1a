namespace LeadershipCoachBot.Conversation;

/// <summary>How the coach treats conversations over time (configuration section <c>Coach</c>).</summary>
public sealed class CoachFlowOptions
{
    /// <summary>A flow left unanswered this long is set aside when the leader next writes.</summary>
    public TimeSpan StaleFlowAfter { get; set; } = TimeSpan.FromHours(4);
}
