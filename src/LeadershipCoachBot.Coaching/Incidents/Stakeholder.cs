namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>Someone who must hear about the incident now, and why.</summary>
public sealed record Stakeholder(string Name, string Reason);
