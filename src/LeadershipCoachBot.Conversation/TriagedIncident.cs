using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Conversation;

/// <summary>An incident as the leader triaged it, and when.</summary>
public sealed record TriagedIncident(IncidentReport Report, DateTimeOffset AssessedAt);
