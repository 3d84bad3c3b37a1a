using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Conversation.Tests.Dialogs;

namespace LeadershipCoachBot.Conversation.Tests.Routing;

public sealed class FrontDoorTests
{
    public const string PastedExecUpdate =
        "Quick update for the leadership group on this morning's checkout problem. " +
        "Between 09:10 and 10:40 about 3,000 checkouts failed after the queue migration I approved on Tuesday. " +
        "That call was mine. Traffic is back on the old queue and Dana is checking for double charges by 13:00. " +
        "We do not yet know whether anyone was charged twice. Next update at 13:30 UTC.";

    private readonly CoachBotHarness _harness = new();

    [Theory]
    [InlineData("we're down", IncidentTriageDialog.WhatQuestion)]
    [InlineData("I need to tell the execs about the outage, can you help me write the update?", DraftMessageDialog.WhatHappenedQuestion)]
    [InlineData("help me write an apology to my team", DraftMessageDialog.WhatHappenedQuestion)]
    [InlineData("can you review my update to the execs?", ReviewDraftDialog.KindQuestion)]
    [InlineData("triage", IncidentTriageDialog.WhatQuestion)]
    [InlineData("check my draft", ReviewDraftDialog.KindQuestion)]
    public async Task FreeText_StartsTheFlowItAsksFor(string text, string firstQuestion)
    {
        var sent = await _harness.SayAsync(text);

        Assert.Contains(firstQuestion, CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageRequestThatSaysWhatIsHappening_SkipsTheFirstQuestion()
    {
        var sent = await _harness.SayAsync("outage right now, checkout is failing");

        Assert.Equal("Incident triage: what is happening, from your message: \u201Coutage right now, checkout is failing\u201D", sent[0].Text);
        Assert.Contains(IncidentTriageDialog.ImpactQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help me prepare a 1:1 with the engineer who ran the migration", OneOnOnePrepDialog.WhatHappenedQuestion)]
    [InlineData("prep a 1:1 with Sam", OneOnOnePrepDialog.RoleQuestion)]
    [InlineData("run a blameless retro", RecoveryKitDialog.IncidentQuestion)]
    [InlineData("plan an all-hands", RecoveryKitDialog.IncidentQuestion)]
    [InlineData("lesson: rehearse every rollback", "Recorded.")]
    [InlineData("lessons", "Nothing in your record yet.")]
    [InlineData("forget my lessons", LessonsDialog.NothingToForget)]
    public async Task FollowThroughRequest_InTheLeadersWords_StartsItsFlow(string text, string expected)
    {
        var replies = await _harness.SayAsync(text);

        var said = string.Join("\n", replies.Select(CardText.Of));
        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("isn't something I can do", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("honestly i think i should quit, i screwed this up")]
    [InlineData("i feel like a terrible leader tbh")]
    public async Task SelfPunishment_GetsASteadyingLineAndNextSteps_NotACancel(string text)
    {
        var reply = Assert.Single(await _harness.SayAsync(text));

        Assert.Contains(CoachReplies.Steady, CardText.Of(reply), StringComparison.Ordinal);
        Assert.DoesNotContain(CoachReplies.NothingToCancel, CardText.Of(reply), StringComparison.Ordinal);
        Assert.Equal(CoachOffer.Everything.Select(o => o.Title), CardActionData.Titles(reply));
    }

    [Fact]
    public async Task Cancel_WithNothingOpen_SaysThereIsNothingToCancel()
    {
        var reply = Assert.Single(await _harness.SayAsync("cancel"));

        Assert.Contains(CoachReplies.NothingToCancel, CardText.Of(reply), StringComparison.Ordinal);
        Assert.NotEmpty(CardActionData.Titles(reply));
    }

    [Fact]
    public async Task Cancel_MidFlow_StopsAndThenThereIsNothingToCancel()
    {
        await _harness.SayAsync("we're down");

        var stopped = Assert.Single(await _harness.SayAsync("cancel"));
        var again = Assert.Single(await _harness.SayAsync("cancel"));

        Assert.Contains(CoachingDialog.CancelledMessage, CardText.Of(stopped), StringComparison.Ordinal);
        Assert.Equal(CoachOffer.Everything.Select(o => o.Title), CardActionData.Titles(stopped));
        Assert.Contains(CoachReplies.NothingToCancel, CardText.Of(again), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("review: " + ReviewDraftDialogTests.BlameSentence)]
    [InlineData(PastedExecUpdate)]
    [InlineData(ReviewDraftDialogTests.CleanTeamMessage)]
    public async Task PastedDraft_GoesStraightToTheReviewWithTheKindChangeable(string text)
    {
        var reply = Assert.Single(await _harness.SayAsync(text));

        var said = CardText.Of(reply);
        Assert.Contains("Reviewed as:", said, StringComparison.Ordinal);
        Assert.Contains("(guessed)", said, StringComparison.Ordinal);
        Assert.Contains("Review as another kind", CardActionData.Titles(reply));
    }

    [Fact]
    public async Task ReviewAsAnotherKind_ReviewsTheSameDraftAsThatKind()
    {
        var first = Assert.Single(await _harness.SayAsync(PastedExecUpdate));

        var again = Assert.Single(await _harness.PressAsync(CardActionData.Of(first, "Review as this kind", new() { [CardActions.KindField] = "Apology" })));

        var said = CardText.Of(again);
        Assert.Contains("Reviewed as: Apology", said, StringComparison.Ordinal);
        Assert.DoesNotContain("(guessed)", said, StringComparison.Ordinal);
        Assert.Contains("Apology parts", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleFlow_IsSetAsideWhenTheLeaderComesBack_AndTheNewRequestRuns()
    {
        await _harness.SayAsync("we're down");
        _harness.Time.Advance(TimeSpan.FromHours(5));

        var sent = await _harness.SayAsync("help me write the exec update");

        Assert.Equal(2, sent.Count);
        Assert.Equal("You left an incident triage unfinished 5 hours ago; I've set it aside and started fresh.", sent[0].Text);
        Assert.Contains(DraftMessageDialog.WhatHappenedQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecentFlow_KeepsTakingAnswers()
    {
        await _harness.SayAsync("we're down");
        _harness.Time.Advance(TimeSpan.FromHours(1));

        var sent = await _harness.SayAsync("Search is failing for everyone");

        Assert.Contains(IncidentTriageDialog.ImpactQuestion, CardText.Of(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WelcomeButtonMidFlow_StartsFreshAndSaysWhatWasLeft()
    {
        await _harness.SayAsync("we're down");

        var sent = await _harness.PressAsync(new Dictionary<string, string> { [CardActions.Field] = CardActions.Review });

        Assert.Equal("I've set aside an incident triage you had open.", sent[0].Text);
        Assert.Contains(ReviewDraftDialog.KindQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutOfDateDraftCard_SaysSoAndOffersAFreshStart()
    {
        var reply = Assert.Single(await _harness.PressAsync(new Dictionary<string, string> { [CardActions.Field] = CardActions.DraftShorter, [CardActions.PlanField] = "{not json" }));

        Assert.Contains(CoachReplies.OutOfDate, CardText.Of(reply), StringComparison.Ordinal);
    }
}
