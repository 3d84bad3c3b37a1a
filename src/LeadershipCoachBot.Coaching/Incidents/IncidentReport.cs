namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>What the leader told us about the incident, one answer per triage question.</summary>
/// <param name="Summary">What is happening, in a line; null when skipped.</param>
public sealed record IncidentReport(
    string? Summary,
    CustomerImpact CustomerImpact,
    Exposure DataLoss,
    Exposure SecurityOrLegal,
    Spread Spread);
