using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.State;
using static LeadershipCoachBot.Conversation.Tests.FollowThrough.FollowThroughClient;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class RecoveryKitFlowTests
{
    private readonly CoachBotHarness _coach = new(new MemoryStorage());

    [Fact]
    public async Task Recovery_AfterTriage_SkipsTheIncidentQuestion_AndBuildsAllThreeFromIt()
    {
        await TriageAsync();

        var asked = SaysAll(await _coach.SayAsync("recovery"));
        var replies = await _coach.SayAsync("All three");

        Assert.Contains(RecoveryKitDialog.PartQuestion, asked, StringComparison.Ordinal);
        var cards = Assert.Single(replies).Attachments!;
        Assert.Equal(3, cards.Count);
        var all = SaysAll(replies);
        Assert.Contains("Tell what happened in plain words: Checkout fails for EU customers.", all, StringComparison.Ordinal);
        Assert.Contains(SafeguardsCard.Title, all, StringComparison.Ordinal);
        Assert.Contains("Never ask:", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllHands_NoIncident_AsksForALine_SkipLeavesBlanks_AndIsNotAskedTwice()
    {
        var asked = SaysAll(await _coach.SayAsync("all-hands"));
        var outline = SaysAll(await _coach.PressAsync(new Dictionary<string, string> { [RecoveryKitDialog.IncidentInputId] = SkippableQuestionCard.SkipWord }));
        var retro = SaysAll(await _coach.SayAsync("retro"));

        Assert.Contains(RecoveryKitDialog.IncidentQuestion, asked, StringComparison.Ordinal);
        Assert.Contains(AllHandsCard.Title, outline, StringComparison.Ordinal);
        Assert.Contains("[what broke]", outline, StringComparison.Ordinal);
        Assert.Contains(RetroCard.Title, retro, StringComparison.Ordinal);
        Assert.DoesNotContain(RecoveryKitDialog.IncidentQuestion, retro, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllHands_AfterTheLeaderSaysItIsStable_LaterOutlinesNoLongerSayItIsNotOver()
    {
        foreach (var said in new[] { "triage", "Checkout fails for EU customers.", "some", "no", "no", "not sure" })
        {
            await _coach.SayAsync(said);
        }

        var open = SaysAll(await _coach.SayAsync("all hands"));
        var stable = SaysAll(await _coach.SayAsync("we're stable now, help me plan the all-hands"));
        var later = SaysAll(await _coach.SayAsync("all hands"));

        Assert.Contains("not fully over yet", open, StringComparison.Ordinal);
        foreach (var outline in new[] { stable, later })
        {
            Assert.Contains("Say that service is stable now", outline, StringComparison.Ordinal);
            Assert.DoesNotContain("not fully over yet", outline, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AllHands_TypedLine_IsTheStory()
    {
        await _coach.SayAsync("all hands");

        var outline = SaysAll(await _coach.SayAsync("The cache flip broke search for a day."));

        Assert.Contains("Tell what happened in plain words: The cache flip broke search for a day.", outline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Safeguards_MarkDone_UpdatesTheChecklist_AndPressingAgainUndoes()
    {
        await TriageAsync();
        var before = SaysAll(await _coach.SayAsync("safeguards"));

        var done = SaysAll(await PressDoneAsync(Safeguards.Rollback));
        var twoDone = SaysAll(await PressDoneAsync(Safeguards.Alerting));
        var undone = SaysAll(await PressDoneAsync(Safeguards.Rollback));
        var junk = SaysAll(await PressDoneAsync("not-a-safeguard"));

        Assert.Contains("0 of 5 done", before, StringComparison.Ordinal);
        Assert.Contains("1 of 5 done", done, StringComparison.Ordinal);
        Assert.Contains(SafeguardsCard.UndoTitle, done, StringComparison.Ordinal);
        Assert.Contains("2 of 5 done", twoDone, StringComparison.Ordinal);
        Assert.Contains("1 of 5 done", undone, StringComparison.Ordinal);
        Assert.Contains("1 of 5 done", junk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recovery_InvalidChoiceHelpAndCancel_Midway()
    {
        await TriageAsync();
        await _coach.SayAsync("recovery");

        var retry = SaysAll(await _coach.SayAsync("a pony"));
        var help = SaysAll(await _coach.SayAsync("help"));
        var cancelled = SaysAll(await _coach.SayAsync("cancel"));
        var after = SaysAll(await _coach.SayAsync("retrospective"));

        Assert.Contains(OneOnOnePrepDialog.ChoiceRetry, retry, StringComparison.Ordinal);
        Assert.Contains("recovery kit", help, StringComparison.Ordinal);
        Assert.Contains(RecoveryKitDialog.PartQuestion, help, StringComparison.Ordinal);
        Assert.Contains(CoachingDialog.CancelledMessage, cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain(CoachReplies.NotUnderstood, after, StringComparison.Ordinal);
        Assert.Contains("retro", after, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Recovery_PartByCardButton_ShowsThatPart()
    {
        await TriageAsync();
        await _coach.SayAsync("recovery");

        var retro = SaysAll(await _coach.PressAsync(new { choice = "Blameless retro" }));

        Assert.Contains("Which assumptions failed us?", retro, StringComparison.Ordinal);
        Assert.DoesNotContain(AllHandsCard.Title, retro, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<Protocol.Schema.Activity>> PressDoneAsync(string item) =>
        _coach.PressAsync(new Dictionary<string, string> { [CardActions.Field] = FollowThroughActions.SafeguardDone, [FollowThroughActions.ItemField] = item });

    private async Task TriageAsync()
    {
        foreach (var said in new[] { "triage", "Checkout fails for EU customers.", "some", "no", "no", "contained" })
        {
            await _coach.SayAsync(said);
        }
    }
}
