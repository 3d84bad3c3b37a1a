using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Protocol.Schema;
using static LeadershipCoachBot.Conversation.Dialogs.DraftMessageDialog;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

public sealed class DraftMessageDialogTests
{
    public const string WhatHappened = "I approved moving payments to the new queue on Tuesday";
    public const string Assumption = "I assumed the new queue would cope with the morning peak";
    public const string Impact = "about 3,000 checkouts failed between 09:10 and 10:40";
    public const string Known = "the queue ran out of connections at peak";
    public const string Doing = "Dana is moving traffic back to the old queue by 11:00";
    public const string Uncertain = "whether any payment was taken twice";

    private readonly CoachBotHarness _harness = new();

    [Fact]
    public async Task HappyPath_CardAnswers_EndInADraftedExecUpdateThatPassesTheReview()
    {
        var first = await StartAsync("help me write the exec update to the CTO", zone: "Europe/Berlin");
        Assert.Contains("1 of 5", CardText.Of(Assert.Single(first)), StringComparison.Ordinal);

        var second = await NextAsync(new() { ["WhatHappened"] = WhatHappened, ["Assumption"] = Assumption });
        var third = await NextAsync(new() { ["Impact"] = Impact });
        var fourth = await NextAsync(new() { [TrapCheckCard.TrapsField] = "hiding,blame-shifting" });
        var fifth = await NextAsync(new() { ["Known"] = Known, ["Doing"] = Doing, ["Uncertain"] = Uncertain });
        var drafted = Assert.Single(await _harness.PressAsync(new { choice = "In 30 minutes" }));

        Assert.StartsWith("1 of 5 \u2713 What happened", second[0].Text, StringComparison.Ordinal);
        Assert.Contains("2 of 5", CardText.Of(second[1]), StringComparison.Ordinal);
        Assert.Contains("Who is affected", CardText.Of(second[1]), StringComparison.Ordinal);
        Assert.Contains("3 of 5", CardText.Of(third[1]), StringComparison.Ordinal);
        Assert.Contains("Speak of causes as gaps in the system", fourth[0].Text, StringComparison.Ordinal);
        Assert.Contains("vague words read as hiding", fourth[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("normal safeguard", fourth[0].Text, StringComparison.Ordinal);
        Assert.Contains("4 of 5", CardText.Of(fourth[1]), StringComparison.Ordinal);
        Assert.Contains("5 of 5", CardText.Of(fifth[1]), StringComparison.Ordinal);
        var text = CopyText(drafted);
        foreach (var fact in new[] { WhatHappened, Assumption, Impact, Known, Doing, Uncertain })
        {
            Assert.Contains(fact[1..], text, StringComparison.Ordinal);
        }

        Assert.Contains("15:30 Europe/Berlin time (14:30 UTC)", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ToneReviewer.Review(text, DraftKind.ExecUpdate).Findings, f => f.Severity >= FindingSeverity.Medium);
    }

    [Fact]
    public async Task SkipEverything_StillDraftsAWholeMessageWithNoBlank()
    {
        await StartAsync("draft an incident update");

        foreach (var _ in Enumerable.Range(0, 4))
        {
            await _harness.PressAsync(new Dictionary<string, string> { [PlanQuestionCard.StepField] = PlanQuestionCard.Skip });
        }

        var drafted = Assert.Single(await _harness.PressAsync(new { choice = NextUpdateChoices.Default }));

        var text = CopyText(drafted);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
        Assert.Contains("Next update by 15:00 UTC", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ToneReviewer.Review(text, DraftKind.IncidentUpdate).Findings, f => f.Severity >= FindingSeverity.Medium);
    }

    [Fact]
    public async Task TypedAnswers_AreTakenLikeCardAnswers_AndDunnoSkips()
    {
        await StartAsync("I need to apologise to the team");

        await _harness.SayAsync(WhatHappened);
        await _harness.SayAsync("dunno");
        var coached = await _harness.SayAsync("2 and 4");
        await _harness.SayAsync(Known);
        var drafted = Assert.Single(await _harness.SayAsync("tomorrow"));

        Assert.Contains("Name the decision", coached[0].Text, StringComparison.Ordinal);
        Assert.Contains("The moment is a test, not a verdict", coached[0].Text, StringComparison.Ordinal);
        var text = CopyText(drafted);
        Assert.StartsWith("Team,", text, StringComparison.Ordinal);
        Assert.Contains(WhatHappened[1..], text, StringComparison.Ordinal);
        Assert.Contains(Known[1..], text, StringComparison.Ordinal);
        Assert.Contains("I will update you again by 14:00 UTC.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedFactsAnswer_IsSplitIntoItsParts_AndNoDefaultContradictsIt()
    {
        await StartAsync("help me write the exec update to the CTO");
        await NextAsync(new() { ["WhatHappened"] = WhatHappened });
        await NextAsync(new() { ["Impact"] = Impact });
        await _harness.SayAsync("no");

        var echoed = await _harness.SayAsync("rolled back at 10:05, checkout is coming back. priya is watching the error rates. not sure if anyone was billed twice");
        var drafted = Assert.Single(await _harness.PressAsync(new { choice = "In 30 minutes" }));

        Assert.Contains("What we are doing: \u201Crolled back at 10:05, checkout is coming back; priya is watching the error rates\u201D", echoed[0].Text, StringComparison.Ordinal);
        var text = CopyText(drafted);
        Assert.Contains("What we are doing: Rolled back at 10:05, checkout is coming back; priya is watching the error rates.", text, StringComparison.Ordinal);
        Assert.Contains("Still unknown: Whether anyone was billed twice.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("stabilising service first", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ToneReviewer.Review(text, DraftKind.ExecUpdate).Findings, f => f.Severity >= FindingSeverity.Medium);
    }

    [Fact]
    public async Task LooseDontKnowAnswers_AreSkipped_AndTheDefaultsStandInForThem()
    {
        await StartAsync("help me write the exec update to the CTO");

        await NextAsync(new() { ["WhatHappened"] = WhatHappened, ["Assumption"] = "dunno tbh" });
        await NextAsync(new() { ["Impact"] = "No idea yet" });
        await NextAsync(new() { [TrapCheckCard.TrapsField] = "hiding" });
        await NextAsync(new() { ["Known"] = Known, ["Doing"] = "not sure atm", ["Uncertain"] = "idk yet" });
        var drafted = Assert.Single(await _harness.PressAsync(new { choice = "In 30 minutes" }));

        var text = CopyText(drafted);
        foreach (var filler in new[] { "unno", "idea", "atm", "dk yet" })
        {
            Assert.DoesNotContain(filler, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Still unknown: the full cause", text, StringComparison.Ordinal);
        Assert.Contains(Known[1..], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneLineInTheRequest_IsWhatHappened_AndTheCheckAsksOneQuestionLess()
    {
        var sent = await StartAsync($"help me write the exec update: {WhatHappened}");
        await NextAsync(new() { ["Impact"] = Impact });
        await _harness.SayAsync("no");
        await _harness.SayAsync("skip");
        var drafted = Assert.Single(await _harness.SayAsync("in 1 hour"));

        Assert.EndsWith($"What happened, from your message: \u201C{WhatHappened}\u201D", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("1 of 4", CardText.Of(sent[1]), StringComparison.Ordinal);
        Assert.Contains(ImpactQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
        Assert.StartsWith(WhatHappened + ". That call was mine", CopyText(drafted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpMidWay_ExplainsAndAsksTheSameQuestionAgain()
    {
        await StartAsync("help me write the exec update");
        await NextAsync(new() { ["WhatHappened"] = WhatHappened });

        var sent = await _harness.SayAsync("help");

        Assert.Contains("checking your message before you send it", sent[0].Text, StringComparison.Ordinal);
        Assert.Contains("2 of 5", CardText.Of(sent[1]), StringComparison.Ordinal);
        Assert.Contains(ImpactQuestion, CardText.Of(sent[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidNextUpdate_IsAskedAgain()
    {
        await StartAsync("help me write the exec update");
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await _harness.SayAsync("skip");
        }

        var retry = Assert.Single(await _harness.SayAsync("whenever the moon is full"));

        Assert.Contains("Pick one of the buttons", CardText.Of(retry), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterATriage_TheImpactComesFromItAndTheCheckAsksFour()
    {
        await TriageAsync();

        var first = Assert.Single(await _harness.SayAsync("help me write the exec update"));
        var next = await NextAsync(new() { ["WhatHappened"] = WhatHappened });

        Assert.Contains("1 of 4", CardText.Of(first), StringComparison.Ordinal);
        Assert.StartsWith("Impact, from your triage: Most or all customers are affected", next[1].Text, StringComparison.Ordinal);
        Assert.Contains("2 of 4", CardText.Of(next[2]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TriageResult_DraftMyFirstUpdate_FillsItFromTheAnswers()
    {
        var result = await TriageAsync();

        var drafted = Assert.Single(await _harness.PressAsync(CardActionData.Of(result, TriageResultCard.DraftFirstUpdateTitle)));

        var text = CopyText(drafted);
        Assert.Contains("Search is failing for everyone.", text, StringComparison.Ordinal);
        Assert.Contains("SEV-1", text, StringComparison.Ordinal);
        Assert.Contains("Still unknown: Whether any customer data was lost or exposed.", text, StringComparison.Ordinal);
        Assert.Contains("Next update by 14:30 UTC", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextUpdateTime_IsSetOnceAtTriage_AndEveryLaterDraftUsesIt()
    {
        var result = await TriageAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(1));

        var drafted = Assert.Single(await _harness.PressAsync(CardActionData.Of(result, TriageResultCard.DraftFirstUpdateTitle)));
        await _harness.SayAsync("help me write the exec update");
        await NextAsync(new() { ["WhatHappened"] = WhatHappened });
        await _harness.SayAsync("no");
        await _harness.SayAsync("skip");
        var checkedDraft = Assert.Single(await _harness.SayAsync("skip"));

        Assert.Contains("**Next update:** 14:30 UTC", CardText.Of(result), StringComparison.Ordinal);
        Assert.Contains("Next update by 14:30 UTC", CopyText(drafted), StringComparison.Ordinal);
        Assert.Contains("Next update by 14:30 UTC", CopyText(checkedDraft), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextUpdateTime_OnceItHasPassed_MovesToTheNextSlotOnTheSameRhythm()
    {
        var result = await TriageAsync();
        _harness.Time.Advance(TimeSpan.FromMinutes(40));

        var drafted = Assert.Single(await _harness.PressAsync(CardActionData.Of(result, TriageResultCard.DraftFirstUpdateTitle)));

        Assert.Contains("Next update by 15:00 UTC", CopyText(drafted), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DraftedCard_Buttons_RedraftShorterForCustomersWithAnEditAndReviewIt()
    {
        var result = await TriageAsync();
        var drafted = Assert.Single(await _harness.PressAsync(CardActionData.Of(result, TriageResultCard.DraftFirstUpdateTitle)));

        var shorter = Assert.Single(await _harness.PressAsync(CardActionData.Of(drafted, "Make it shorter")));
        var customers = Assert.Single(await _harness.PressAsync(CardActionData.Of(shorter, "Redraft for this audience", new() { [CardActions.AudienceField] = "Customers" })));
        var edited = Assert.Single(await _harness.PressAsync(CardActionData.Of(customers, "Redraft with this part", new() { [CardActions.SectionField] = "Doing", [CardActions.SectionTextField] = "the search team is rebuilding the index by 16:00" })));
        var reviewed = Assert.Single(await _harness.PressAsync(CardActionData.Of(edited, "Review it", new() { [CardActions.DraftTextField] = CopyText(edited) })));

        Assert.True(CopyText(shorter).Length < CopyText(drafted).Length);
        Assert.Contains("Search is failing for everyone. The change behind this was our decision, and we take full responsibility for it.", CopyText(customers), StringComparison.Ordinal);
        Assert.Contains("The search team is rebuilding the index by 16:00.", CopyText(edited), StringComparison.Ordinal);
        Assert.Contains("Ready to send", CardText.Of(reviewed), StringComparison.Ordinal);
    }

    private async Task<Activity> TriageAsync()
    {
        await _harness.SayAsync("we're down");
        await _harness.SayAsync("search is failing for everyone");
        await _harness.SayAsync("all");
        await _harness.SayAsync("not sure");
        await _harness.SayAsync("no");
        return Assert.Single(await _harness.SayAsync("contained"));
    }

    private Task<IReadOnlyList<Activity>> StartAsync(string text, string? zone = null)
    {
        var activity = _harness.Inbound(ActivityTypes.Message);
        activity.Text = text;
        if (zone is not null)
        {
            activity.Entities = [new Entity { Type = "clientInfo", Properties = new() { ["timezone"] = JsonSerializer.SerializeToElement(zone) } }];
        }

        return _harness.SendAsync(activity);
    }

    private Task<IReadOnlyList<Activity>> NextAsync(Dictionary<string, string> answers)
    {
        answers[PlanQuestionCard.StepField] = PlanQuestionCard.Next;
        return _harness.PressAsync(answers);
    }

    /// <summary>The text in the drafted card's copy box.</summary>
    public static string CopyText(Activity drafted)
    {
        var body = drafted.Attachments![0].Content!.Value.GetProperty("body");
        var input = body.EnumerateArray().Single(e => e.TryGetProperty("id", out var id) && id.GetString() == CardActions.DraftTextField);
        return input.GetProperty("value").GetString()!;
    }
}
