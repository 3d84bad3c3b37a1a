namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>How many customers feel the incident.</summary>
public enum CustomerImpact
{
    None,
    Some,
    MostOrAll,
}
