using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>The short-term safeguards to put in place while the real fix is worked out.</summary>
public static class Safeguards
{
    public const string Rollback = "rollback";
    public const string Failover = "failover";
    public const string SupportEscalation = "support-escalation";
    public const string ChangeFreeze = "change-freeze";
    public const string Alerting = "alerting";
    public const string DataCheck = "data-check";
    public const string AccessReview = "access-review";

    /// <summary>Every safeguard id, whatever the incident.</summary>
    public static IReadOnlyList<string> Ids { get; } = [Rollback, Failover, SupportEscalation, ChangeFreeze, Alerting, DataCheck, AccessReview];

    public static IReadOnlyList<Safeguard> For(IncidentReport? incident)
    {
        var list = new List<Safeguard>
        {
            new(Rollback, "Rehearse the rollback of the change", "A rollback nobody has run is a hope, not a plan."),
            new(Failover, "Check the failover path works today", "If the same part fails again, traffic should move without a scramble."),
            new(SupportEscalation, "Give support a clear escalation path", "Who they page, what they can tell customers, and how fast."),
            new(ChangeFreeze, "Pause related changes until the retro", "Fewer moving parts while the cause is still being understood."),
            new(Alerting, "Add an alert on the signal that showed it first", "So the next time it shows, people hear it in minutes."),
        };
        if (incident is { DataLoss: not Exposure.No })
        {
            list.Add(new(DataCheck, "Verify the data and test a restore", "Know what was lost or touched, and that backups bring it back."));
        }

        if (incident is { SecurityOrLegal: not Exposure.No })
        {
            list.Add(new(AccessReview, "Rotate exposed credentials and review access", "Close the door before anyone else finds it."));
        }

        return list;
    }
}
