namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>The triage result: severity and why, blast radius, who must know, roles, cadence and the first update.</summary>
public sealed record SeverityAssessment(
    Severity Severity,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> ToConfirm,
    string BlastRadius,
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<IncidentRole> Roles,
    TimeSpan UpdateCadence,
    UpdateSkeleton FirstUpdate);
