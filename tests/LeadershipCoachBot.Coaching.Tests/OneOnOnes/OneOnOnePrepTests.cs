using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests.OneOnOnes;

public class OneOnOnePrepTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    public static TheoryData<PersonRole, string, string, int> Roles => new()
    {
        // role, a word the opener must hold, a word the offered work must hold, follow-up days
        { PersonRole.MadeTheCall, "together", "decision review", 7 },
        { PersonRole.RanTheChange, "plan I set", "rollback rehearsal", 3 },
        { PersonRole.WasAffected, "landed on you", "off their plate", 7 },
        { PersonRole.WorriedAboutTheirJob, "worried about your job", "visible piece", 2 },
        { PersonRole.InformalLeader, "look to you", "all-hands", 5 },
        { PersonRole.WarnedAgainstIt, "you were right", "design the check", 14 },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Prepare_EachRole_GivesAPlanFittingThatRole(PersonRole role, string openerHolds, string workHolds, int followUpDays)
    {
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(role), Today);

        Assert.Equal(role, plan.Role);
        Assert.Contains(openerHolds, plan.Opener, StringComparison.Ordinal);
        Assert.Contains(workHolds, plan.PurposefulWork, StringComparison.Ordinal);
        Assert.InRange(plan.Questions.Count, 3, 4);
        Assert.All(plan.Questions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<AvoidTrap>(), plan.Avoid.Select(a => a.Trap).Order());
        Assert.Equal(followUpDays, plan.FollowUp.AfterDays);
        Assert.InRange(plan.FollowUp.On, Today.AddDays(followUpDays), Today.AddDays(followUpDays + 2));
        Assert.True(plan.FollowUp.On.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.False(string.IsNullOrWhiteSpace(plan.FollowUp.About));
        Assert.Equal(role == PersonRole.WorriedAboutTheirJob, plan.JobWorry is not null);
        Assert.Empty(plan.Context);
    }

    [Fact]
    public void Prepare_SixRoles_ShareNoOpenerQuestionAvoidNoteOrOffer()
    {
        var plans = Enum.GetValues<PersonRole>().Select(role => OneOnOnePrep.Prepare(new OneOnOneRequest(role), Today)).ToList();

        Assert.Equal(6, plans.Count);
        Assert.Equal(6, plans.Select(p => p.Opener).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, plans.Select(p => p.PurposefulWork).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(6, plans.Select(p => p.FollowUp.About).Distinct(StringComparer.Ordinal).Count());
        var questions = plans.SelectMany(p => p.Questions).ToList();
        Assert.Equal(questions.Count, questions.Distinct(StringComparer.Ordinal).Count());
        var avoid = plans.SelectMany(p => p.Avoid.Select(a => a.Text)).ToList();
        Assert.Equal(avoid.Count, avoid.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public void Prepare_EachOpener_IsWarmAndBlamesNobody(PersonRole role, string openerHolds, string workHolds, int followUpDays)
    {
        _ = (openerHolds, workHolds, followUpDays);
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(role), Today);

        var review = ToneReviewer.Review(plan.Opener, DraftKind.TeamMessage);

        Assert.DoesNotContain(review.Findings, f => f.Category is ToneCategory.BlameShifting or ToneCategory.ShameSpiral or ToneCategory.SelfCentering or ToneCategory.NonApology or ToneCategory.Overpromising);
        Assert.Matches("(doesn't change|says nothing about|value your judgement|doesn't change how)", plan.Opener);
    }

    [Fact]
    public void Prepare_WorriedAboutTheirJob_AnswersDirectlyAndListsWhatNotToPromise()
    {
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.WorriedAboutTheirJob), Today);

        var worry = Assert.IsType<JobWorryAnswer>(plan.JobWorry);
        Assert.Contains("whether their role is at risk", worry.DirectAnswer, StringComparison.Ordinal);
        Assert.Contains("don't know", worry.DirectAnswer, StringComparison.Ordinal);
        Assert.Contains("that their job is safe forever", worry.DoNotPromise);
        Assert.StartsWith("I know you may be worried about your job", plan.Opener, StringComparison.Ordinal);
    }

    [Fact]
    public void Prepare_WithNotes_PutsThemFirstAndTrimsThem()
    {
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.RanTheChange, "  They ran the cache flip on Friday. ", "Quiet, keeps apologising."), Today);

        Assert.Equal(
            [
                "What happened, as you put it: They ran the cache flip on Friday.",
                "What you know of how they feel: Quiet, keeps apologising.",
                "Let them say it in their own words before you mention what you heard.",
            ],
            plan.Context);
    }

    [Fact]
    public void Prepare_NoteOverTheLimit_IsCut()
    {
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.WasAffected, new string('a', 900)), Today);

        var note = Assert.Single(plan.Context);
        Assert.EndsWith("\u2026", note, StringComparison.Ordinal);
        Assert.True(note.Length < 600);
    }

    [Fact]
    public void Prepare_UnknownRole_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OneOnOnePrep.Prepare(new OneOnOneRequest((PersonRole)42), Today));

    [Fact]
    public void ToMarkdown_JobWorryPlan_HasEverySectionInOrder()
    {
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.WorriedAboutTheirJob, "Asked me twice if layoffs are coming."), Today);

        var notes = OneOnOneNotes.ToMarkdown(plan);

        var order = new[] { "## 1:1 with someone worried about their job", "**Before you start**", "**Open with**", "**Answer the worry first**", "**Ask**", "1. ", "**Avoid**", "**Work to offer**", "**Follow up**", "Mon 7 Dec:" }
            .Select(part => notes.IndexOf(part, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void ToMarkdown_OtherRoles_HaveNoWorrySectionOrContext()
    {
        var notes = OneOnOneNotes.ToMarkdown(OneOnOnePrep.Prepare(new OneOnOneRequest(PersonRole.WarnedAgainstIt), Today));

        Assert.DoesNotContain("Answer the worry", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Before you start", notes, StringComparison.Ordinal);
        Assert.Contains("Thu 17 Dec:", notes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PersonRole.RanTheChange, MeetingLanding.Well, 3, 7)]
    [InlineData(PersonRole.RanTheChange, MeetingLanding.Mixed, 2, 7)]
    [InlineData(PersonRole.WarnedAgainstIt, MeetingLanding.Mixed, 7, 10)]
    [InlineData(PersonRole.WarnedAgainstIt, MeetingLanding.Hard, 1, 4)]
    [InlineData(null, MeetingLanding.Well, 7, 10)]
    public void Debrief_Landing_SetsWhenToFollowUp_OnAWeekday(PersonRole? role, MeetingLanding landing, int days, int dayOfDecember)
    {
        var followUp = OneOnOneDebrief.Suggest(role, landing, Today);

        Assert.Equal(new DateOnly(2026, 12, dayOfDecember), followUp.On);
        Assert.Equal(days, followUp.AfterDays);
    }

    [Fact]
    public void Debrief_Hard_AsksForACheckInAndKeepsTheRolesTopic()
    {
        var followUp = OneOnOneDebrief.Suggest(PersonRole.InformalLeader, MeetingLanding.Hard, Today);

        Assert.StartsWith("a short check-in", followUp.About, StringComparison.Ordinal);
        Assert.Contains("after the all-hands", followUp.About, StringComparison.Ordinal);
    }
}
