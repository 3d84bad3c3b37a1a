using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// The plan of a first incident update, filled from the triage answers: what is happening, the
/// severity and why, who is affected, and each open question named (never left as a blank).
/// </summary>
public static class FirstUpdatePlan
{
    public static MessagePlan From(IncidentReport report, SeverityAssessment assessment, NextUpdateTime nextUpdate, Audience audience = Audience.Executives)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(nextUpdate);
        var known = string.Join(" ", Known(report, assessment.Severity));
        return new MessagePlan(
            DraftKind.IncidentUpdate,
            audience,
            WhatHappened: report.Summary,
            Impact: Impact(report),
            Known: known,
            Uncertain: OpenQuestions(report),
            NextUpdate: nextUpdate);
    }

    /// <summary>Who is affected and whether it has stopped growing, in one sentence.</summary>
    public static string Impact(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var who = report.CustomerImpact switch
        {
            CustomerImpact.MostOrAll => "most or all customers are affected",
            CustomerImpact.Some => "some, not all, of our customers are affected, and until we have the count we are planning as if every customer on the affected path saw failures",
            _ => "so far 0 customers are affected",
        };
        var spread = report.Spread switch
        {
            Spread.Contained => "the damage is contained",
            Spread.Cascading => "the damage is still spreading",
            _ => "we are treating it as still spreading until we know",
        };
        return $"{who}, and {spread}.";
    }

    private static IEnumerable<string> Known(IncidentReport report, Severity severity)
    {
        var level = severity switch
        {
            Severity.Sev1 => "critical",
            Severity.Sev2 => "major",
            _ => "minor",
        };
        yield return $"We have rated this {IncidentPlaybook.Label(severity)} ({level}).";
        if (report.DataLoss == Exposure.Yes)
        {
            yield return "Customer data has been lost or exposed.";
        }
        else if (report.DataLoss == Exposure.No)
        {
            yield return "We have found no customer data lost or exposed.";
        }

        if (report.SecurityOrLegal == Exposure.Yes)
        {
            yield return "There is security or legal exposure.";
        }
    }

    /// <summary>The questions the triage left open, named; null when none is open.</summary>
    public static string? OpenQuestions(IncidentReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var open = new List<string>();
        if (report.DataLoss == Exposure.NotSure)
        {
            open.Add("whether any customer data was lost or exposed");
        }

        if (report.SecurityOrLegal == Exposure.NotSure)
        {
            open.Add("whether there is any security or legal exposure");
        }

        if (report.Spread == Spread.NotSure)
        {
            open.Add("whether the damage has stopped spreading");
        }

        return open.Count switch
        {
            0 => null,
            1 => open[0],
            _ => string.Join(", ", open.Take(open.Count - 1)) + " and " + open[^1],
        };
    }
}
