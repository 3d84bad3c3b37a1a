using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>
/// Builds the recovery kit from what is known of the incident: its triage answers when it was
/// triaged, else a line the leader gave, else nothing (then the kit says what to fill in).
/// </summary>
public static class RecoveryKitBuilder
{
    /// <param name="stable">The leader has said the incident is stable or resolved.</param>
    public static RecoveryKit Build(IncidentReport? incident, string? summary = null, bool stable = false)
    {
        var line = (incident?.Summary ?? summary)?.Trim();
        line = string.IsNullOrEmpty(line) ? null : line;
        return new RecoveryKit(line, AllHandsOutline.Build(incident, line, stable), Safeguards.For(incident), RetroPlan.For(incident));
    }
}
