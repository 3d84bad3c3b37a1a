using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.HardConversations;

public class HardConversationPlannerTests
{
    /// <summary>Each kind with no lines (the draft's own placeholders) and with lines a leader might give that name the cost, reviewed as its own kind and as guessed.</summary>
    public static TheoryData<HardConversationKind, string?, string?, DraftKind?> Drafts()
    {
        var data = new TheoryData<HardConversationKind, string?, string?, DraftKind?>();
        var lines = new (string? Happened, string? Commitment)[]
        {
            (null, null),
            ("I moved our most senior engineer off the platform team, and two releases have slipped by 2 weeks since", null),
            ("2,000 customer emails were exposed through the unpatched login endpoint for 5 days", "I will review the security backlog with the team every Monday"),
            ("We lost three days of order history for about 400 customers.", "I will pair with support on every affected account"),
            ("Two senior engineers have asked to move teams, and our on-call rota is short-handed", "I will hold open office hours on Fridays"),
        };
        foreach (var kind in Enum.GetValues<HardConversationKind>())
        {
            foreach (var (happened, commitment) in lines)
            {
                foreach (var draftKind in new DraftKind?[] { null, HardConversationPlanner.DraftKindOf(kind) })
                {
                    data.Add(kind, happened, commitment, draftKind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Draft_EveryKindAndInput_PassesTheToneReviewWithNoHighOrMediumFinding(HardConversationKind kind, string? happened, string? commitment, DraftKind? reviewAs)
    {
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(kind, happened, commitment));

        var review = ToneReviewer.Review(plan.Draft, reviewAs);

        // A blank left for the leader to fill ("[the safeguard]") keeps the draft from being ready; its tone must still be clean.
        var blanks = review.Findings.Count(f => f.Suggestion.StartsWith("Fill in [", StringComparison.Ordinal));
        var serious = review.Findings.Where(f => f.Severity is FindingSeverity.High or FindingSeverity.Medium)
            .Where(f => !f.Suggestion.StartsWith("Fill in [", StringComparison.Ordinal))
            .Select(f => $"{f.Category} ({f.Severity}): {f.Quote}").ToList();
        Assert.True(serious.Count == 0, $"{kind} reviewed as {review.Kind}:\n{string.Join("\n", serious)}\n---\n{plan.Draft}");
        Assert.Equal(blanks == 0 ? ToneVerdict.Ready : ToneVerdict.Revise, review.Verdict);
    }

    [Theory]
    [InlineData(HardConversationKind.CultureMisfire, "Your team", "values you share")]
    [InlineData(HardConversationKind.ExploitedSecurityFix, "Executives and the people affected", "Be the first to name it")]
    [InlineData(HardConversationKind.NoComingBack, "Your manager, then the people it hurt", "help clean up")]
    public void Plan_EachKind_HasItsAudienceAndSteps(HardConversationKind kind, string audience, string stepHolds)
    {
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(kind));

        Assert.Equal(audience, plan.Audience);
        Assert.Contains(plan.Steps, s => s.Contains(stepHolds, StringComparison.Ordinal));
        Assert.NotEmpty(plan.Avoid);
        Assert.Equal(MessageDrafter.Compose(plan.Message), plan.Draft);
        Assert.Equal([DraftPart.OwnIt, DraftPart.FrameIt, DraftPart.WhatWeAreDoing], plan.Message.Select(m => m.Part));
        Assert.Equal(["Own it", "Frame it", "Move it"], plan.Message.Select(m => m.Heading));
        Assert.Contains("mine", plan.Move(DraftPart.OwnIt), StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SecurityFix_NamesTheDowngradedRiskAndWhatIsNoLongerDeferred()
    {
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(HardConversationKind.ExploitedSecurityFix, "  an old library let someone in  "));

        Assert.Contains("The risk we downplayed became real: An old library let someone in.", plan.Draft, StringComparison.Ordinal);
        Assert.Contains("[what you are doing about the fix, and who holds you to it]", plan.Move(DraftPart.WhatWeAreDoing), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HardConversationKind.CultureMisfire)]
    [InlineData(HardConversationKind.ExploitedSecurityFix)]
    [InlineData(HardConversationKind.NoComingBack)]
    public void Plan_SkippedCommitment_LeavesOneNamedBracketAndPromisesNothingElse(HardConversationKind kind)
    {
        var skipped = HardConversationPlanner.Plan(new HardConversationRequest(kind, "We lost a day of orders for 200 customers")).Move(DraftPart.WhatWeAreDoing);
        var given = HardConversationPlanner.Plan(new HardConversationRequest(kind, "We lost a day of orders for 200 customers", "I will call each customer myself")).Move(DraftPart.WhatWeAreDoing);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(skipped, @"\[[^\]]+\]"));
        Assert.DoesNotContain("[", given, StringComparison.Ordinal);
        Assert.EndsWith("I will call each customer myself.", given, StringComparison.Ordinal);
        foreach (var invented in new[] { "Friday", "Thursday", "Wednesday", "every month", "this week", "sign-off", "by " })
        {
            Assert.DoesNotContain(invented, skipped + given, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Plan_Commitment_EndsTheMoveSection()
    {
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(HardConversationKind.CultureMisfire, null, "I will hold office hours on Fridays"));

        Assert.EndsWith("My commitment to you: I will hold office hours on Fridays.", plan.Move(DraftPart.WhatWeAreDoing), StringComparison.Ordinal);
        Assert.Equal(3, plan.Draft.Split("\n\n").Length);
    }

    [Fact]
    public void Plan_NoLine_LeavesABracketToFillWithTheCostInNumbers()
    {
        foreach (var kind in Enum.GetValues<HardConversationKind>())
        {
            var plan = HardConversationPlanner.Plan(new HardConversationRequest(kind));

            Assert.Matches(@"\[[^\]]*for example, [^\]]*\d[^\]]*\]", plan.Move(DraftPart.OwnIt));
        }
    }

    [Fact]
    public void Compose_KeepsTheThreeMovesInOrder_AndDropsEmptyOnes()
    {
        Assert.Equal("Own.\n\nMove.", MessageDrafter.Compose([DraftSection.OwnIt(" Own. "), DraftSection.FrameIt("  "), DraftSection.MoveIt("Move.")]));
        Assert.Equal("Team,\n\nOwn.", MessageDrafter.Compose([DraftSection.OwnIt("Own.")], "Team,"));
    }

    [Fact]
    public void Plan_OverlongLine_IsCut() =>
        Assert.DoesNotContain(new string('z', HardConversationPlanner.MaxLineLength + 1),
            HardConversationPlanner.Plan(new HardConversationRequest(HardConversationKind.NoComingBack, new string('z', 500))).Draft, StringComparison.Ordinal);
}
