namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>When to come back to the person, and about what.</summary>
public sealed record FollowUp(DateOnly On, int AfterDays, string About);
