using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.Drafting;

public sealed class MessageDrafterTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 14, 30, 0, TimeSpan.Zero);

    /// <summary>Facts a leader might give, one set per kind; written for these tests.</summary>
    private static readonly Dictionary<DraftKind, MessagePlan> Full = new()
    {
        [DraftKind.ExecUpdate] = new(DraftKind.ExecUpdate, Audience.Executives,
            WhatHappened: "I approved moving payments to the new queue on Tuesday without a load test",
            Assumption: "I assumed the new queue would handle peak traffic like the old one",
            Impact: "about 3,000 checkouts failed between 09:10 and 10:40",
            Known: "the queue ran out of connections under the morning peak",
            Doing: "Dana is moving traffic back to the old queue while we watch error rates",
            Uncertain: "whether any payments were taken twice",
            NextUpdate: new NextUpdateTime(At, "Europe/Berlin", TimeSpan.FromHours(1))),
        [DraftKind.IncidentUpdate] = new(DraftKind.IncidentUpdate, Audience.Executives,
            WhatHappened: "search has been failing for EU customers since the 13:00 release, which I signed off",
            Assumption: "we expected the index rebuild to finish before traffic arrived",
            Impact: "roughly a third of EU searches return no results",
            Known: "the new index is only half built",
            Doing: "the search team is serving results from yesterday's index",
            Uncertain: "how long the rebuild will take",
            NextUpdate: new NextUpdateTime(At, "America/New_York", TimeSpan.FromHours(-5))),
        [DraftKind.Apology] = new(DraftKind.Apology, Audience.Executives,
            WhatHappened: "I pushed the launch date forward against the team's advice",
            Assumption: "I believed the extra week of testing was optional",
            Impact: "two enterprise customers lost a day of reporting",
            Doing: "I will call both customers today and Sam will restore their reports by Friday",
            NextUpdate: new NextUpdateTime(At)),
        [DraftKind.TeamMessage] = new(DraftKind.TeamMessage, Audience.Team,
            WhatHappened: "I decided to stop the analytics rewrite after eight months",
            Assumption: "I thought we could rebuild it without pausing feature work",
            Impact: "the six of you who built it lose the launch you worked for",
            Known: "the rewrite needed another two quarters we do not have",
            Doing: "we will meet on Monday at 10:00 to choose what to keep",
            NextUpdate: new NextUpdateTime(At, "Europe/London", TimeSpan.Zero)),
    };

    public static TheoryData<string, MessagePlan> Plans()
    {
        var rows = new TheoryData<string, MessagePlan>();
        foreach (var (kind, full) in Full)
        {
            foreach (var audience in Enum.GetValues<Audience>())
            {
                rows.Add($"{kind}/{audience}/full", full with { Audience = audience });
                rows.Add($"{kind}/{audience}/full-short", full with { Audience = audience, Shorter = true });
                rows.Add($"{kind}/{audience}/sparse", new MessagePlan(kind, audience));
                rows.Add($"{kind}/{audience}/only-what-happened", new MessagePlan(kind, audience, WhatHappened: full.WhatHappened, NextUpdate: full.NextUpdate));
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Draft_AnyPlan_PassesTheToneReview(string name, MessagePlan plan)
    {
        var drafted = MessageDrafter.Draft(plan);

        var review = ToneReviewer.Review(drafted.Text, plan.MessageKind);

        var serious = review.Findings.Where(f => f.Severity >= FindingSeverity.Medium).Select(f => $"{f.Category} ({f.Rule}): {f.Quote}").ToList();
        Assert.True(serious.Count == 0, $"{name}:\n{drafted.Text}\n--\n{string.Join("\n", serious)}");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Draft_AnyPlan_KeepsEveryFactAndLeavesNoBlank(string name, MessagePlan plan)
    {
        var text = MessageDrafter.Draft(plan).Text;

        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("]", text, StringComparison.Ordinal);
        foreach (var fact in Facts(plan))
        {
            Assert.True(text.Contains(fact[1..], StringComparison.Ordinal), $"{name} lost \"{fact}\":\n{text}");
        }

        if (plan.NextUpdate is { } next)
        {
            Assert.Contains(next.At.ToString("HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plans_CoverEachKindAndAudienceSparseAndFull()
    {
        Assert.True(Plans().Count >= 30);
    }

    [Theory]
    [InlineData(PlanField.WhatHappened)]
    [InlineData(PlanField.Assumption)]
    [InlineData(PlanField.Impact)]
    [InlineData(PlanField.Known)]
    [InlineData(PlanField.Doing)]
    [InlineData(PlanField.Uncertain)]
    public void With_AnEditedField_IsRedraftedWithTheNewWords(PlanField field)
    {
        var plan = Full[DraftKind.ExecUpdate].With(field, "  the wording the leader typed instead ");

        Assert.Contains("The wording the leader typed instead.", MessageDrafter.Draft(plan).Text, StringComparison.Ordinal);
        Assert.Equal(Facts(plan).Count() - 1, Facts(plan.With(field, " ")).Count());
    }

    [Fact]
    public void Draft_Shorter_IsShorterAndKeepsTheFacts()
    {
        var full = MessageDrafter.Draft(Full[DraftKind.TeamMessage]).Text;
        var shorter = MessageDrafter.Draft(Full[DraftKind.TeamMessage] with { Shorter = true }).Text;

        Assert.True(shorter.Length < full.Length);
        Assert.All(Facts(Full[DraftKind.TeamMessage]), fact => Assert.Contains(fact[1..], shorter, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Draft_Shorter_ShortensTheSectionsNotJustOne(string name, MessagePlan plan)
    {
        var full = MessageDrafter.Draft(plan with { Shorter = false }).Sections;
        var shorter = MessageDrafter.Draft(plan with { Shorter = true }).Sections;

        Assert.Equal(full.Select(s => s.Part), shorter.Select(s => s.Part));
        Assert.All(full.Zip(shorter), pair => Assert.True(pair.Second.Text.Length <= pair.First.Text.Length, $"{name}: {pair.First.Part} grew"));
        var shortened = full.Zip(shorter).Count(pair => pair.Second.Text.Length < pair.First.Text.Length);
        // The customer register keeps its whole ownership line, so fewer of its sections have words to cut.
        Assert.True(plan.Audience == Audience.Customers ? shortened >= 1 : shortened * 2 >= full.Count, $"{name}: only {shortened} of {full.Count} sections got shorter");
        Assert.True(shorter.Sum(s => s.Text.Length) * 100 <= full.Sum(s => s.Text.Length) * (plan.Audience == Audience.Customers ? 95 : 85), $"{name}: short version is not shorter enough");
    }

    [Fact]
    public void Draft_Shorter_FullExecUpdate_CutsEverySection()
    {
        var full = MessageDrafter.Draft(Full[DraftKind.ExecUpdate]).Sections;
        var shorter = MessageDrafter.Draft(Full[DraftKind.ExecUpdate] with { Shorter = true }).Sections;

        Assert.All(full.Zip(shorter).Where(p => p.First.Part is not (DraftPart.WhatWeKnow)), pair => Assert.True(pair.Second.Text.Length < pair.First.Text.Length, $"{pair.First.Part} kept its length"));
    }

    [Theory]
    [InlineData(Audience.Executives, null)]
    [InlineData(Audience.Team, "Team,")]
    [InlineData(Audience.Customers, "To our customers,")]
    public void Draft_Audience_ChangesTheRegister(Audience audience, string? greeting)
    {
        var text = MessageDrafter.Draft(Full[DraftKind.IncidentUpdate] with { Audience = audience }).Text;

        if (greeting is null)
        {
            Assert.StartsWith("Search has been failing", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith(greeting, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Draft_AnyPlan_AddsNoCommitmentTheLeaderDidNotGive(string name, MessagePlan plan)
    {
        var text = MessageDrafter.Draft(plan).Text;

        foreach (var invented in new[] { "contact affected customers", "this week", "every affected account", "make it right for each" })
        {
            Assert.False(text.Contains(invented, StringComparison.Ordinal), $"{name} promises \"{invented}\":\n{text}");
        }
    }

    [Theory]
    [InlineData("we pushed the db migration friday night, my call", "We pushed the db migration friday night, my call.")]
    [InlineData("I moved the release forward. that was my decision", "I moved the release forward. That was my decision.")]
    [InlineData("i shipped it without a canary, and I own this", "I shipped it without a canary, and I own this.")]
    [InlineData("skipping the load test was on me", "Skipping the load test was on me.")]
    public void OwnIt_LeaderAlreadyOwnsIt_IsNotOwnedTwice(string happened, string ownIt)
    {
        var drafted = MessageDrafter.Draft(new MessagePlan(DraftKind.ExecUpdate, Audience.Executives, WhatHappened: happened));

        Assert.Equal(ownIt, drafted.Sections[0].Text);
        Assert.DoesNotContain("mine", drafted.Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OwnIt_OnlyASymptom_IsNotCalledTheDecision()
    {
        var ownIt = MessageDrafter.Draft(new MessagePlan(DraftKind.IncidentUpdate, Audience.Executives, WhatHappened: "we're down, checkout is failing since the deploy")).Sections[0].Text;

        Assert.Equal("We're down, checkout is failing since the deploy. The decision behind this was mine, and I own what it cost.", ownIt);
    }

    [Fact]
    public void OwnIt_ForCustomers_LeavesOutTheLeadersInternalAccount()
    {
        var plan = new MessagePlan(DraftKind.Apology, Audience.Customers, WhatHappened: "I pushed the team to ship the db migration friday night", Impact: "checkout failed for two hours on Saturday");

        var text = MessageDrafter.Draft(plan).Text;

        Assert.DoesNotContain("pushed the team", text, StringComparison.Ordinal);
        Assert.Contains("Checkout failed for two hours on Saturday.", text, StringComparison.Ordinal);
        Assert.Contains("we take full responsibility", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NextUpdate_WithZone_ReadsInTheLeadersTimeWithUtcAlongside()
    {
        Assert.Equal("15:30 Europe/Berlin time (14:30 UTC)", new NextUpdateTime(At, "Europe/Berlin", TimeSpan.FromHours(1)).Describe());
        Assert.Equal("14:30 UTC", new NextUpdateTime(At).Describe());
    }

    [Fact]
    public void Doing_Skipped_EndorsesTheScopedRollback_AndHoldsOnlyTheWiderDecisionForData()
    {
        var text = MessageDrafter.Draft(new MessagePlan(DraftKind.ExecUpdate, Audience.Executives, Impact: "checkout failed for 40 minutes")).Text;

        Assert.Contains("rolling back or switching off the failing change where that stops the harm", text, StringComparison.Ordinal);
        Assert.Contains("any wider decision about the change will wait for the data", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not in a rush", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ToneReviewer.Review(text, DraftKind.ExecUpdate).Findings, f => f.Severity >= FindingSeverity.Medium);
    }

    [Theory]
    [InlineData(Audience.Executives, "we rolled the release back at 10:05", "the failing change is rolled back to stop the harm")]
    [InlineData(Audience.Customers, "we switched the new checkout off at 10:05", "we have rolled back the change that caused this")]
    public void Doing_Skipped_AfterTheLeaderSaidItIsRolledBack_SaysItAsDone(Audience audience, string happened, string expected)
    {
        var text = MessageDrafter.Draft(new MessagePlan(DraftKind.IncidentUpdate, audience, WhatHappened: happened, Impact: "checkout failed for 40 minutes")).Text;

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("rolling back or switching off", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ToneReviewer.Review(text, DraftKind.IncidentUpdate).Findings, f => f.Severity >= FindingSeverity.Medium);
    }

    [Fact]
    public void Doing_Skipped_WhenTheRollbackHasNotHappened_KeepsTheDefault()
    {
        var text = MessageDrafter.Draft(new MessagePlan(DraftKind.ExecUpdate, Audience.Executives, WhatHappened: "the release has not been rolled back yet")).Text;

        Assert.Contains("rolling back or switching off the failing change where that stops the harm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PanicReversalSelfCheck_EndorsesRollingBack_AndDefersOnlyTheWholeDecision()
    {
        var advice = TrapChecks.Find("panic-reversal")!.Coaching;

        Assert.Contains("Rolling back or switching off the failing change to stop the harm is a normal safeguard", advice, StringComparison.Ordinal);
        Assert.Contains("if it is done, say so", advice, StringComparison.Ordinal);
        Assert.Contains("reversing the whole decision", advice, StringComparison.Ordinal);
    }

    /// <summary>The leader's facts the draft must keep; for customers, their own account of the decision stays internal.</summary>
    private static IEnumerable<string> Facts(MessagePlan plan) =>
        new[] { plan.Audience == Audience.Customers ? null : plan.WhatHappened, plan.Assumption, plan.Impact, plan.Known, plan.Doing, plan.Uncertain }
            .OfType<string>()
            .Select(f => f.Trim().TrimEnd('.'));
}
