using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Drafting;

public sealed class FirstUpdatePlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);

    public static TheoryData<IncidentReport> Reports()
    {
        var rows = new TheoryData<IncidentReport>();
        foreach (var impact in Enum.GetValues<CustomerImpact>())
        {
            foreach (var data in Enum.GetValues<Exposure>())
            {
                foreach (var security in Enum.GetValues<Exposure>())
                {
                    foreach (var spread in Enum.GetValues<Spread>())
                    {
                        var summary = ((int)impact + (int)data + (int)spread) % 2 == 0 ? "checkout fails for EU customers since the 14:00 deploy" : null;
                        rows.Add(new IncidentReport(summary, impact, data, security, spread));
                    }
                }
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void From_EveryTriage_DraftsAnUpdateThatPassesTheReviewWithNoBlank(IncidentReport report)
    {
        var assessment = IncidentTriage.Assess(report, Now);
        var plan = FirstUpdatePlan.From(report, assessment, new NextUpdateTime(Now + assessment.UpdateCadence, "Europe/Paris", TimeSpan.FromHours(1)));

        var text = MessageDrafter.Draft(plan).Text;
        var review = ToneReviewer.Review(text, DraftKind.IncidentUpdate);

        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.Contains(IncidentPlaybook.Label(assessment.Severity), text, StringComparison.Ordinal);
        Assert.Contains((Now + assessment.UpdateCadence).ToString("HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        if (report.Summary is { } summary)
        {
            Assert.Contains(summary[1..], text, StringComparison.Ordinal);
        }

        var serious = review.Findings.Where(f => f.Severity >= FindingSeverity.Medium).Select(f => $"{f.Category}: {f.Quote}");
        Assert.True(!serious.Any(), $"{text}\n--\n{string.Join("\n", serious)}");
    }

    [Fact]
    public void From_OpenQuestions_AreNamedNotLeftBlank()
    {
        var report = new IncidentReport("search is down", CustomerImpact.Some, Exposure.NotSure, Exposure.No, Spread.NotSure);

        var plan = FirstUpdatePlan.From(report, IncidentTriage.Assess(report, Now), new NextUpdateTime(Now));

        Assert.Equal("whether any customer data was lost or exposed and whether the damage has stopped spreading", plan.Uncertain);
    }

    [Fact]
    public void From_NothingOpen_LeavesUncertainToTheDefault()
    {
        var report = new IncidentReport(null, CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained);

        Assert.Null(FirstUpdatePlan.From(report, IncidentTriage.Assess(report, Now), new NextUpdateTime(Now)).Uncertain);
    }

    [Fact]
    public void Impact_SomeCustomers_ReadsAsSomeNotAllOfOurCustomers() =>
        Assert.StartsWith("some, not all, of our customers are affected,", FirstUpdatePlan.Impact(new IncidentReport("checkout is failing", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained)), StringComparison.Ordinal);
}
