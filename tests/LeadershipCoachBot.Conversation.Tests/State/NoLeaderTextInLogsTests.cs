using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Tests.Cards;
using LeadershipCoachBot.Conversation.Tests.Dialogs;
using LeadershipCoachBot.Conversation.Tests.Routing;
using LeadershipCoachBot.Conversation.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.Tests.State;

public sealed class NoLeaderTextInLogsTests
{
    private static readonly string[] Typed =
    [
        "quokka outage on the marmalade cluster",
        "zebra-striped rollout I signed off",
        "seventeen pelicans could not check out",
        "the gnome queue filled up",
        "Priya is draining the gnome queue",
        "whether the walrus ledger doubled",
        "a custom section about the otter index",
    ];

    [Fact]
    public async Task EveryFlow_AtTraceLevel_LogsNoneOfTheLeadersWords()
    {
        var logs = new CapturingLoggerProvider();
        var harness = new CoachBotHarness(configure: services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await harness.SayAsync($"we're down, {Typed[0]}");
        await harness.SayAsync(Typed[0]);
        foreach (var answer in new[] { "some", "not sure", "no" })
        {
            await harness.SayAsync(answer);
        }

        var triage = await harness.SayAsync("contained");
        var drafted = Assert.Single(await harness.PressAsync(CardActionData.Of(Assert.Single(triage), TriageResultCard.DraftFirstUpdateTitle)));
        await harness.PressAsync(CardActionData.Of(drafted, "Redraft with this part", new() { [CardActions.SectionField] = "Doing", [CardActions.SectionTextField] = Typed[6] }));
        await harness.SayAsync($"help me write the exec update about the {Typed[1]}");
        await harness.PressAsync(new Dictionary<string, string> { [PlanQuestionCard.StepField] = PlanQuestionCard.Next, ["WhatHappened"] = Typed[1] });
        await harness.SayAsync(Typed[2]);
        await harness.SayAsync("blame");
        await harness.PressAsync(new Dictionary<string, string> { [PlanQuestionCard.StepField] = PlanQuestionCard.Next, ["Known"] = Typed[3], ["Doing"] = Typed[4], ["Uncertain"] = Typed[5] });
        await harness.SayAsync("in 1 hour");
        var review = Assert.Single(await harness.SayAsync($"review: {Typed[2]}. {Typed[4]}."));
        await harness.PressAsync(CardActionData.Of(review, "Review as this kind", new() { [CardActions.KindField] = "Apology" }));
        await harness.SayAsync(FrontDoorTests.PastedExecUpdate);
        await harness.SayAsync($"what about the {Typed[0]}?");

        Assert.Contains(logs.Records, r => r.EventId.Id == LeadershipCoachBot.Protocol.Diagnostics.LogEventIds.IntentRouted);
        Assert.Contains(logs.Records, r => r.EventId.Id == LeadershipCoachBot.Protocol.Diagnostics.LogEventIds.PastedDraftRouted);
        foreach (var (eventId, text) in logs.Records)
        {
            foreach (var words in Typed.Append(FrontDoorTests.PastedExecUpdate[..40]))
            {
                Assert.False(text.Contains(words, StringComparison.OrdinalIgnoreCase), $"Log event {eventId.Id} carries the leader's words: {text}");
            }
        }
    }

    [Fact]
    public async Task ChatRequests_RoleFromARequest_FilledBlanksAndForgetMe_LogNoneOfTheLeadersWords()
    {
        string[] typed =
        [
            "the flamingo migration",
            "Ottoline who ran the flamingo migration",
            "a tapir load rehearsal on Thursday",
            "whether any narwhal order doubled",
        ];
        var logs = new CapturingLoggerProvider();
        var harness = new CoachBotHarness(configure: services => services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));

        await harness.SayAsync($"ok so i pushed {typed[0]} an hour ago and everything's on fire");
        await harness.SayAsync("cancel");
        await harness.SayAsync($"prep a 1:1 with {typed[1]}");
        await harness.SayAsync($"they were up all night fixing {typed[0]}");
        await harness.SayAsync("skip");
        var review = Assert.Single(await harness.SayAsync("review: " + ToneReviewCardTests.DraftLeavingBlanks));
        await harness.PressAsync(CardActionData.Of(review, ToneReviewCard.ReviewAgainTitle, new()
        {
            [ReviewAgainSubmit.EditedDraftField] = $"{ToneReviewCardTests.DraftLeavingBlanks} Next, I will run {typed[2]}. Still unknown: {typed[3]}. Next update at 16:00 UTC.",
        }));
        await harness.SayAsync("forget me");
        await harness.SayAsync("no");
        await harness.SayAsync("forget me");
        await harness.SayAsync("yes");

        Assert.Contains(logs.Records, r => r.EventId.Id == LeadershipCoachBot.Protocol.Diagnostics.LogEventIds.UserDataDeletionAsked);
        Assert.Contains(logs.Records, r => r.EventId.Id == LeadershipCoachBot.Protocol.Diagnostics.LogEventIds.UserDataDeletionDeclined);
        Assert.Contains(logs.Records, r => r.EventId.Id == LeadershipCoachBot.Protocol.Diagnostics.LogEventIds.UserDataDeleted);
        foreach (var (eventId, text) in logs.Records)
        {
            foreach (var words in typed.Append(ToneReviewCardTests.DraftLeavingBlanks[..40]))
            {
                Assert.False(text.Contains(words, StringComparison.OrdinalIgnoreCase), $"Log event {eventId.Id} carries the leader's words: {text}");
            }
        }
    }
}
