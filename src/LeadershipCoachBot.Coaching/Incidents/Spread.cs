namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>Whether the damage has stopped growing.</summary>
public enum Spread
{
    Contained,
    Cascading,
    NotSure,
}
