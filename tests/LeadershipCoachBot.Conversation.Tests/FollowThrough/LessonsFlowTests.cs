using System.Text.Json;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using static LeadershipCoachBot.Conversation.Tests.FollowThrough.FollowThroughClient;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class LessonsFlowTests
{
    private const string BotMention = "<at>Leadership Coach</at>";

    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task Lesson_Typed_IsRecordedListedAndExported()
    {
        var coach = new CoachBotHarness(_storage);

        var recorded = SaysAll(await coach.SayAsync("lesson: surprise: the read replicas lagged by hours"));
        await coach.SayAsync("Lesson: we skipped the canary to hit the date");
        var list = SaysAll(await coach.SayAsync("lessons"));
        var export = SaysAll(await coach.SayAsync("export lessons"));

        Assert.Contains("Recorded as surprise. 1 of 50 in your record.", recorded, StringComparison.Ordinal);
        Assert.Contains("2 of 50 in your record, newest first.", list, StringComparison.Ordinal);
        Assert.True(list.IndexOf("we skipped the canary", StringComparison.Ordinal) < list.IndexOf("the read replicas lagged", StringComparison.Ordinal));
        Assert.StartsWith(LessonsDialog.ExportIntro + "\n\n```markdown\n# Lessons we paid for", export.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("\n```", export.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("## Surprises\n\n- the read replicas lagged by hours (29 Nov 2026)", export.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("## Other lessons\n\n- we skipped the canary to hit the date", export.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lessons_SurviveABotRestart_OnTheSameStorage()
    {
        await new CoachBotHarness(_storage).SendAsync(Message("lesson: scar tissue: rehearse every rollback", "before-restart"));

        var list = SaysAll(await new CoachBotHarness(_storage).SendAsync(Message("lessons", "after-restart")));

        Assert.Contains("rehearse every rollback", list, StringComparison.Ordinal);
        Assert.Contains("Scar tissue", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLessonCard_KindAndTextFromTheCard_AreRecorded()
    {
        var coach = new CoachBotHarness(_storage);

        var card = SaysAll(await coach.PressAsync(new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.AddLesson }));
        var saved = SaysAll(await coach.PressAsync(new Dictionary<string, string> { [LessonCard.KindInputId] = "scar tissue", [LessonCard.LessonInputId] = "No big-bang cutovers." }));

        Assert.Contains("Record a lesson we paid for", card, StringComparison.Ordinal);
        Assert.Contains("Recorded as scar tissue.", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLesson_TypedAnswerToTheCard_ReadsItsKind()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SayAsync("record a lesson");

        var saved = SaysAll(await coach.SayAsync("decision: we set the date before the rehearsal"));

        Assert.Contains("Recorded as decision.", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_TooLong_IsRefusedWithTheLimit_AndCanBeShortened()
    {
        var coach = new CoachBotHarness(_storage);

        var refused = SaysAll(await coach.SayAsync("lesson: " + new string('x', LessonBook.MaxLength + 5)));
        var retry = SaysAll(await coach.SayAsync(new string('y', LessonBook.MaxLength + 1)));
        var saved = SaysAll(await coach.SayAsync("Shorter: keep the rollback warm."));

        Assert.Contains("405 characters, over the limit of 400", refused, StringComparison.Ordinal);
        Assert.Contains("up to 400 characters", retry, StringComparison.Ordinal);
        Assert.Contains("Recorded.", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_WhenTheRecordIsFull_SaysSoAndKeepsTheRecord()
    {
        var coach = new CoachBotHarness(_storage);
        for (var i = 0; i < LessonBook.MaxLessons; i++)
        {
            await coach.SayAsync($"lesson: number {i}");
        }

        var refused = SaysAll(await coach.SayAsync("lesson: one too many"));
        var export = SaysAll(await coach.SayAsync("export lessons"));

        Assert.Contains("your record is full (50 lessons)", refused, StringComparison.Ordinal);
        Assert.Contains("50 lessons", export, StringComparison.Ordinal);
        Assert.DoesNotContain("one too many", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMyLessons_AfterYes_DeletesThem_AfterNo_KeepsThem()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SayAsync("lesson: one");
        await coach.SayAsync("lesson: two");

        var asked = SaysAll(await coach.SayAsync("forget my lessons"));
        var kept = SaysAll(await coach.SayAsync("no"));
        await coach.SayAsync("forget my lessons");
        var done = SaysAll(await coach.PressAsync(new { choice = "Yes" }));
        var list = SaysAll(await coach.SayAsync("lessons"));
        var again = SaysAll(await coach.SayAsync("forget my lessons"));

        Assert.Contains("Delete the 2 lessons you recorded here?", asked, StringComparison.Ordinal);
        Assert.Contains(LessonsDialog.KeptThem, kept, StringComparison.Ordinal);
        Assert.Contains("Done: I deleted 2 lessons.", done, StringComparison.Ordinal);
        Assert.Contains("Nothing in your record yet.", list, StringComparison.Ordinal);
        Assert.Contains(LessonsDialog.NothingToForget, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamChannel_LessonsAreTheTeams_AndForgettingKeepsOthers()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SendAsync(InTeam(coach, "lesson: mine", "29:alex"));
        await coach.SendAsync(InTeam(coach, "lesson: theirs", "29:sam"));

        var list = SaysAll(await coach.SendAsync(InTeam(coach, "lessons", "29:sam")));
        await coach.SendAsync(InTeam(coach, "forget my lessons", "29:alex"));
        await coach.SendAsync(InTeam(coach, "yes", "29:alex"));
        var after = SaysAll(await coach.SendAsync(InTeam(coach, "lessons", "29:sam")));
        var personal = SaysAll(await coach.SayAsync("lessons"));

        Assert.Contains("2 of 50 in this team's record", list, StringComparison.Ordinal);
        Assert.Contains("theirs", after, StringComparison.Ordinal);
        Assert.DoesNotContain("mine", after, StringComparison.Ordinal);
        Assert.Contains("Nothing in your record yet.", personal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_AfterATriage_IsKeptAgainstThatIncident()
    {
        var coach = new CoachBotHarness(_storage);
        foreach (var said in new[] { "triage", "Checkout fails for EU customers.", "some", "no", "no", "contained" })
        {
            await coach.SayAsync(said);
        }

        await coach.SayAsync("lesson: the canary covered one region only");
        var export = SaysAll(await coach.SayAsync("export lessons"));

        Assert.Contains("the canary covered one region only (29 Nov 2026; Checkout fails for EU customers.)", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lesson_MidTriage_IsRecordedAndTheTriageAsksItsQuestionAgain()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SayAsync("triage");
        await coach.SayAsync("skip");

        var replies = SaysAll(await coach.SayAsync("lesson: we had no runbook for the cutover"));
        var next = SaysAll(await coach.SayAsync("some"));

        Assert.Contains("Recorded. 1 of 50", replies, StringComparison.Ordinal);
        Assert.Contains(IncidentTriageDialog.ImpactQuestion, replies, StringComparison.Ordinal);
        Assert.Contains(IncidentTriageDialog.DataQuestion, next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLessonCard_HelpThenCancel_KeepsNothing()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SayAsync("record a lesson");

        var help = SaysAll(await coach.SayAsync("help"));
        var cancelled = SaysAll(await coach.SayAsync("cancel"));
        var list = SaysAll(await coach.SayAsync("lessons"));

        Assert.Contains("recording a lesson we paid for", help, StringComparison.Ordinal);
        Assert.Contains("Record a lesson we paid for", help, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.CancelledMessage, cancelled, StringComparison.Ordinal);
        Assert.Contains("Nothing in your record yet.", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddLessonCard_EmptySubmit_IsAskedAgain_AndALessonTypedWithThePrefixIsTakenOnce()
    {
        var coach = new CoachBotHarness(_storage);
        await coach.SayAsync("record a lesson");

        var retry = SaysAll(await coach.PressAsync(new Dictionary<string, string> { [LessonCard.KindInputId] = "surprise", [LessonCard.LessonInputId] = "   " }));
        var saved = SaysAll(await coach.SayAsync("lesson: surprise: the cache was cold after the failover"));
        var export = SaysAll(await coach.SayAsync("export lessons"));

        Assert.Contains(RecordLessonDialog.Retry, retry, StringComparison.Ordinal);
        Assert.Contains("Recorded as surprise. 1 of 50", saved, StringComparison.Ordinal);
        Assert.Contains("1 lesson.", export, StringComparison.Ordinal);
    }

    private static Activity Message(string text, string id)
    {
        var activity = new CoachBotHarness().Inbound(ActivityTypes.Message);
        activity.Text = text;
        activity.Id = id;
        return activity;
    }

    private static Activity InTeam(CoachBotHarness coach, string text, string userId)
    {
        var activity = coach.Inbound(ActivityTypes.Message);
        activity.Text = $"{BotMention} {text}";
        activity.Entities =
        [
            JsonSerializer.SerializeToElement(new Mention { Mentioned = new ChannelAccount(CoachBotHarness.BotId, "Leadership Coach"), Text = BotMention }, ProtocolJson.Options)
                .Deserialize<Entity>(ProtocolJson.Options)!,
        ];
        activity.From = new ChannelAccount(userId, "Someone");
        activity.Conversation = new ConversationAccount { Id = "19:general@thread.tacv2", ConversationType = "channel" };
        activity.ChannelData = JsonSerializer.SerializeToElement(new { team = new { id = "19:team@thread.tacv2" } });
        return activity;
    }
}
