namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>The text of a <see cref="MessagePlan"/>: a paragraph per move, in order.</summary>
public static class MessageComposer
{
    public static string Compose(MessagePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return string.Join("\n\n", new[] { plan.OwnIt, plan.FrameIt, plan.MoveIt }.Select(p => p.Trim()).Where(p => p.Length > 0));
    }
}
