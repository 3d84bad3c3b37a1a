using System.Globalization;

namespace LeadershipCoachBot.Coaching.Incidents;

/// <summary>What each severity asks for: cadence, who to tell, roles, and the shape of the first update.</summary>
public static class IncidentPlaybook
{
    private static readonly string[] WeStarts = ["we ", "we'", "we\u2019", "our "];

    public static TimeSpan Cadence(Severity severity) => severity switch
    {
        Severity.Sev1 => TimeSpan.FromMinutes(30),
        Severity.Sev2 => TimeSpan.FromHours(1),
        _ => TimeSpan.FromDays(1),
    };

    /// <summary>The cadence in words: "every 30 minutes", "every hour", "daily".</summary>
    public static string DescribeCadence(Severity severity) => severity switch
    {
        Severity.Sev1 => "every 30 minutes",
        Severity.Sev2 => "every hour",
        _ => "daily",
    };

    public static IReadOnlyList<Stakeholder> Stakeholders(Severity severity, IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var list = new List<Stakeholder>
        {
            new("Product", severity == Severity.Sev3
                ? "They own the roadmap and any workaround customers may need."
                : "They decide on customer workarounds and what to pause while this is open."),
        };
        var customersAffected = report.CustomerImpact != CustomerImpact.None;
        var dataInPlay = report.DataLoss != Exposure.No;
        var securityInPlay = report.SecurityOrLegal != Exposure.No;

        if (dataInPlay || securityInPlay || severity == Severity.Sev1)
        {
            list.Add(new("Security", dataInPlay || securityInPlay
                ? "Data or security exposure is possible; they confirm it and contain it."
                : "At SEV-1 they check early that nothing is exposed, so nobody has to guess later."));
        }

        if (dataInPlay || securityInPlay || severity == Severity.Sev1)
        {
            list.Add(new("Legal", dataInPlay
                ? "Lost or exposed data can start notification deadlines; they need the facts early."
                : securityInPlay
                    ? "Possible legal exposure; they judge obligations before anything goes public."
                    : "At SEV-1 they should hear early, before any customer or regulator asks."));
        }

        if (customersAffected || severity == Severity.Sev1)
        {
            list.Add(new("Comms", "Customers are feeling this; one voice, one status page, no guessing in public."));
        }

        if (severity != Severity.Sev3)
        {
            list.Add(new("Executives", severity == Severity.Sev1
                ? "They must hear it from you first, now, and then on every update."
                : "A short heads-up now, so they never learn of it from a customer."));
        }

        return list;
    }

    public static IReadOnlyList<IncidentRole> Roles(Severity severity)
    {
        var scribe = severity == Severity.Sev3
            ? "Keeps a short log of what happened and what was decided; can be the commander at this size."
            : "Keeps the timeline and decisions in one shared document as they happen.";
        return
        [
            new("Incident commander", "Runs the response and makes the calls; does not fix things hands-on."),
            new("Communications lead", $"Sends every update on time ({DescribeCadence(severity)}) to everyone who must know."),
            new("Operations lead", "Leads the technical work to stop the damage and restore service."),
            new("Scribe", scribe),
        ];
    }

    public static UpdateSkeleton FirstUpdate(IncidentReport report, Severity severity, DateTimeOffset nextUpdateAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        var label = Label(severity);
        var who = report.CustomerImpact switch
        {
            CustomerImpact.MostOrAll => "most or all customers",
            CustomerImpact.Some => "some customers ([how many])",
            _ => "no customers so far",
        };
        var summary = string.IsNullOrWhiteSpace(report.Summary) ? null : Drafting.LeaderText.Tidy(report.Summary);
        var known = summary switch
        {
            null => $"We are handling a {label} incident: [what is broken]. It affects {who}.",
            _ when SpeaksAsWe(summary) => $"{summary} We are handling it as a {label} incident. It affects {who}.",
            _ => $"We are handling a {label} incident: {summary} It affects {who}.",
        };
        var doing = "[The one action under way now], led by [incident commander].";
        var uncertain = Drafting.FirstUpdatePlan.OpenQuestions(report) is { } open
            ? $"We do not yet know {open}; we will say as soon as we do."
            : "We do not yet know the cause or when service will be back; we will say as soon as we do.";
        return new UpdateSkeleton(known, doing, uncertain, nextUpdateAt);
    }

    /// <summary>A summary that already speaks as "we" ("We're down"), so the update does not say "We are handling" before it.</summary>
    private static bool SpeaksAsWe(string summary) =>
        WeStarts.Any(start => summary.StartsWith(start, StringComparison.OrdinalIgnoreCase));

    /// <summary>"SEV-1", "SEV-2", "SEV-3".</summary>
    public static string Label(Severity severity) => "SEV-" + ((int)severity).ToString(CultureInfo.InvariantCulture);
}
