using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Conversation;

/// <summary>An incident as the leader triaged it, and when.</summary>
/// <param name="NextUpdateAt">
/// The next update time the triage card showed, computed once at triage; every later draft for this
/// incident uses it (or the next slot on the same rhythm once it has passed). Null for an incident
/// stored before it was kept; then it is the triage time plus the cadence, as the card computed it.
/// </param>
public sealed record TriagedIncident(IncidentReport Report, DateTimeOffset AssessedAt, DateTimeOffset? NextUpdateAt = null)
{
    /// <summary>The next update due at or after <paramref name="now"/>: the stored time, stepped on by the cadence while it has passed.</summary>
    public DateTimeOffset NextUpdateDue(DateTimeOffset now)
    {
        var cadence = IncidentTriage.Assess(Report, AssessedAt).UpdateCadence;
        var due = NextUpdateAt ?? AssessedAt + cadence;
        if (due >= now)
        {
            return due;
        }

        var missed = (long)Math.Ceiling((now - due).Ticks / (double)cadence.Ticks);
        return due + TimeSpan.FromTicks(cadence.Ticks * missed);
    }
}
