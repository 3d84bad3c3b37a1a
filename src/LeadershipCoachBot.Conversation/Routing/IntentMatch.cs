using LeadershipCoachBot.Coaching.Drafting;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>The intent a text was read as, its score, and the audience it names (if any).</summary>
public sealed record IntentMatch(CoachIntent Intent, int Score, Audience? Audience = null)
{
    public static IntentMatch Nothing { get; } = new(CoachIntent.None, 0);
}
