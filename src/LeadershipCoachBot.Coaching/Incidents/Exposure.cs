namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>An answer to a yes/no question that may not be known yet.</summary>
public enum Exposure
{
    No,
    Yes,
    NotSure,
}
