using LeadershipCoachBot.Coaching.Incidents;

namespace LeadershipCoachBot.Coaching.Tests.Incidents;

public class IncidentTriageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CustomerImpact.None, Exposure.Yes, Exposure.No, Spread.Contained, Severity.Sev1)]
    [InlineData(CustomerImpact.None, Exposure.No, Exposure.Yes, Spread.Contained, Severity.Sev1)]
    [InlineData(CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Contained, Severity.Sev1)]
    [InlineData(CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Cascading, Severity.Sev1)]
    [InlineData(CustomerImpact.Some, Exposure.No, Exposure.No, Spread.NotSure, Severity.Sev1)]
    [InlineData(CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained, Severity.Sev2)]
    [InlineData(CustomerImpact.None, Exposure.No, Exposure.No, Spread.Cascading, Severity.Sev2)]
    [InlineData(CustomerImpact.None, Exposure.No, Exposure.No, Spread.NotSure, Severity.Sev2)]
    [InlineData(CustomerImpact.None, Exposure.NotSure, Exposure.No, Spread.Contained, Severity.Sev2)]
    [InlineData(CustomerImpact.None, Exposure.No, Exposure.NotSure, Spread.Contained, Severity.Sev2)]
    [InlineData(CustomerImpact.Some, Exposure.NotSure, Exposure.NotSure, Spread.Contained, Severity.Sev2)]
    [InlineData(CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained, Severity.Sev3)]
    public void Assess_Answers_GiveSeverity(CustomerImpact impact, Exposure data, Exposure security, Spread spread, Severity expected)
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, impact, data, security, spread), Now);

        Assert.Equal(expected, assessment.Severity);
        Assert.NotEmpty(assessment.Reasons);
    }

    [Theory]
    [InlineData(Severity.Sev1, 30)]
    [InlineData(Severity.Sev2, 60)]
    [InlineData(Severity.Sev3, 24 * 60)]
    public void Assess_Severity_SetsCadenceAndNextUpdate(Severity severity, int minutes)
    {
        var report = severity switch
        {
            Severity.Sev1 => new IncidentReport(null, CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Contained),
            Severity.Sev2 => new IncidentReport(null, CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained),
            _ => new IncidentReport(null, CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained),
        };

        var assessment = IncidentTriage.Assess(report, Now);

        Assert.Equal(severity, assessment.Severity);
        Assert.Equal(TimeSpan.FromMinutes(minutes), assessment.UpdateCadence);
        Assert.Equal(Now.AddMinutes(minutes), assessment.FirstUpdate.NextUpdateAt);
    }

    [Fact]
    public void Assess_NotSureAnswers_ListWhatToConfirm()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.None, Exposure.NotSure, Exposure.NotSure, Spread.NotSure), Now);

        Assert.Equal(3, assessment.ToConfirm.Count);
        Assert.Contains(assessment.ToConfirm, line => line.Contains("data", StringComparison.Ordinal));
        Assert.Contains(assessment.ToConfirm, line => line.Contains("security", StringComparison.Ordinal));
        Assert.Contains(assessment.ToConfirm, line => line.Contains("spreading", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_CertainAnswers_HaveNothingToConfirm()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport("Checkout fails.", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.Empty(assessment.ToConfirm);
    }

    [Fact]
    public void Assess_Sev1_TellsAllFiveGroups()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Cascading), Now);

        Assert.Equal(["Product", "Security", "Legal", "Comms", "Executives"], assessment.Stakeholders.Select(s => s.Name));
        Assert.All(assessment.Stakeholders, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Assess_Sev3Contained_TellsOnlyProduct()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.Equal(["Product"], assessment.Stakeholders.Select(s => s.Name));
    }

    [Fact]
    public void Assess_Sev2DataUnsure_BringsInSecurityLegalAndExecutives()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.None, Exposure.NotSure, Exposure.No, Spread.Contained), Now);

        Assert.Equal(["Product", "Security", "Legal", "Executives"], assessment.Stakeholders.Select(s => s.Name));
    }

    [Fact]
    public void Assess_AnySeverity_NamesTheFourRoles()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.Equal(["Incident commander", "Communications lead", "Operations lead", "Scribe"], assessment.Roles.Select(r => r.Name));
    }

    [Theory]
    [InlineData(Spread.Contained, CustomerImpact.Some, "Contained; affects some customers.")]
    [InlineData(Spread.Cascading, CustomerImpact.MostOrAll, "Cascading; affects most or all customers.")]
    [InlineData(Spread.NotSure, CustomerImpact.None, "Not yet known (treated as cascading); affects no customers so far.")]
    public void Assess_Answers_DescribeBlastRadius(Spread spread, CustomerImpact impact, string expected)
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, impact, Exposure.No, Exposure.No, spread), Now);

        Assert.Equal(expected, assessment.BlastRadius);
    }

    [Fact]
    public void Assess_Summary_OpensTheFirstUpdate()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport("Payments fail after the database migration.", CustomerImpact.MostOrAll, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.StartsWith("We are handling a SEV-1 incident: Payments fail after the database migration.", assessment.FirstUpdate.WhatWeKnow, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SkippedSummary_LeavesPlaceholders()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, CustomerImpact.None, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.Contains("[what is broken]", assessment.FirstUpdate.WhatWeKnow, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SummaryWithoutFullStop_IsASentenceOfItsOwn()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport("checkout fails for EU customers", CustomerImpact.Some, Exposure.No, Exposure.No, Spread.Contained), Now);

        Assert.Equal("We are handling a SEV-2 incident: Checkout fails for EU customers. It affects some customers ([how many]).", assessment.FirstUpdate.WhatWeKnow);
    }

    [Fact]
    public void Assess_AnsweredQuestions_LeaveNoBlankForWhatIsKnown()
    {
        var assessment = IncidentTriage.Assess(new IncidentReport("Search is down.", CustomerImpact.MostOrAll, Exposure.NotSure, Exposure.No, Spread.NotSure), Now);

        Assert.DoesNotContain("[who]", assessment.FirstUpdate.WhatWeKnow, StringComparison.Ordinal);
        Assert.Equal("We do not yet know whether any customer data was lost or exposed and whether the damage has stopped spreading; we will say as soon as we do.", assessment.FirstUpdate.WhatIsUncertain);
    }

    [Theory]
    [InlineData(CustomerImpact.MostOrAll, false)]
    [InlineData(CustomerImpact.None, true)]
    public void Assess_UnsureAboutData_SaysBecomesSev1OnlyWhenItIsNotAlready(CustomerImpact impact, bool saysBecomes)
    {
        var assessment = IncidentTriage.Assess(new IncidentReport(null, impact, Exposure.NotSure, Exposure.No, Spread.Contained), Now);

        var line = Assert.Single(assessment.ToConfirm, l => l.StartsWith("Whether any customer data", StringComparison.Ordinal));
        Assert.Equal(saysBecomes, line.Contains("becomes SEV-1", StringComparison.Ordinal));
    }
}
