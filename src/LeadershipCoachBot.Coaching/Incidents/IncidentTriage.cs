namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>
/// Turns five triage answers into a severity, the people to tell, the roles to name and the update
/// rhythm. When an answer is "not sure", the assessment takes the more serious reading and says what
/// to confirm: a spread that is not known is treated as cascading; unknown data or security exposure
/// lifts the incident to at least SEV-2.
/// </summary>
public static class IncidentTriage
{
    public static SeverityAssessment Assess(IncidentReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        var cascading = report.Spread != Spread.Contained;
        var reasons = new List<string>();
        var severity = Severity.Sev3;

        void Raise(Severity level, string reason)
        {
            if (level < severity)
            {
                severity = level;
                reasons.Clear();
            }

            if (level == severity)
            {
                reasons.Add(reason);
            }
        }

        if (report.DataLoss == Exposure.Yes)
        {
            Raise(Severity.Sev1, "Customer data is lost or exposed.");
        }

        if (report.SecurityOrLegal == Exposure.Yes)
        {
            Raise(Severity.Sev1, "There is security or legal exposure.");
        }

        if (report.CustomerImpact == CustomerImpact.MostOrAll)
        {
            Raise(Severity.Sev1, "Most or all customers are affected.");
        }

        if (report.CustomerImpact == CustomerImpact.Some && cascading)
        {
            Raise(Severity.Sev1, report.Spread == Spread.Cascading
                ? "Some customers are affected and it is still spreading."
                : "Some customers are affected and nobody knows yet whether it has stopped spreading.");
        }

        if (report.CustomerImpact == CustomerImpact.Some)
        {
            Raise(Severity.Sev2, "Some customers are affected.");
        }

        if (cascading)
        {
            Raise(Severity.Sev2, report.Spread == Spread.Cascading
                ? "It is still spreading."
                : "Nobody knows yet whether it has stopped spreading.");
        }

        if (report.DataLoss == Exposure.NotSure)
        {
            Raise(Severity.Sev2, "Data loss or exposure is not ruled out.");
        }

        if (report.SecurityOrLegal == Exposure.NotSure)
        {
            Raise(Severity.Sev2, "Security or legal exposure is not ruled out.");
        }

        if (severity == Severity.Sev3)
        {
            reasons.Add("No customers are affected, nothing is lost or exposed, and it is contained.");
        }

        var cadence = IncidentPlaybook.Cadence(severity);
        return new SeverityAssessment(
            severity,
            reasons,
            ToConfirm(report, severity),
            BlastRadius(report),
            IncidentPlaybook.Stakeholders(severity, report),
            IncidentPlaybook.Roles(severity),
            cadence,
            IncidentPlaybook.FirstUpdate(report, severity, now + cadence));
    }

    private static List<string> ToConfirm(IncidentReport report, Severity severity)
    {
        var confirm = new List<string>();
        if (report.DataLoss == Exposure.NotSure)
        {
            confirm.Add(severity == Severity.Sev1
                ? "Whether any customer data was lost or exposed: if it was, legal must hear at once."
                : "Whether any customer data was lost or exposed: if it was, this becomes SEV-1 and legal must hear at once.");
        }

        if (report.SecurityOrLegal == Exposure.NotSure)
        {
            confirm.Add("Whether there is security or legal exposure: ask security to rule it in or out.");
        }

        if (report.Spread == Spread.NotSure)
        {
            confirm.Add("Whether the damage has stopped spreading: until someone checks, plan as if it has not.");
        }

        return confirm;
    }

    private static string BlastRadius(IncidentReport report)
    {
        var spread = report.Spread switch
        {
            Spread.Contained => "Contained",
            Spread.Cascading => "Cascading",
            _ => "Not yet known (treated as cascading)",
        };
        var who = report.CustomerImpact switch
        {
            CustomerImpact.MostOrAll => "most or all customers",
            CustomerImpact.Some => "some customers",
            _ => "no customers so far",
        };
        return $"{spread}; affects {who}.";
    }
}
