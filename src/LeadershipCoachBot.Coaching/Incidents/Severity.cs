namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>Incident severity; SEV-1 is the most serious.</summary>
public enum Severity
{
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
}
