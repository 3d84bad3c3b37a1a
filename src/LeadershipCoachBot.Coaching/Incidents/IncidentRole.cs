namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>A role to name before the next update, and what its holder does.</summary>
public sealed record IncidentRole(string Name, string Duty);
