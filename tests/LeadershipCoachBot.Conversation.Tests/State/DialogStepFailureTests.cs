using System.Text.Json.Nodes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>
/// A dialog step that throws: the user hears it in plain words, the broken dialog ends, the rest of
/// the conversation's state stays, and the user can go on.
/// </summary>
public sealed class DialogStepFailureTests
{
    private const string ConversationKey = "msteams/conversations/a:chat";

    private readonly MemoryStorage _storage = new();
    private readonly ThrowOnceTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero));
    private readonly CoachBotHarness _harness;

    public DialogStepFailureTests() =>
        _harness = new CoachBotHarness(_storage, services =>
            services.Replace(ServiceDescriptor.Singleton(sp => new IncidentTriageDialog(sp.GetRequiredService<CoachMemory>(), _clock))));

    [Fact]
    public async Task FinalTriageStepThrows_UserIsToldInPlainWords_AndNoCardIsSent()
    {
        await AnswerUpToTheLastQuestionAsync();

        var sent = await _harness.SayAsync("contained");

        Assert.Equal(1, _clock.Calls);
        var apology = Assert.Single(sent);
        Assert.Equal(CoachReplies.SomethingWentWrong, apology.Text);
        Assert.Null(apology.Attachments);
    }

    [Fact]
    public async Task FinalTriageStepThrows_TheDialogEnds_OtherStateIsKept()
    {
        var earlier = _harness.Inbound(ActivityTypes.Message);
        earlier.Text = "hello";
        await _harness.SendAsync(earlier);
        await AnswerUpToTheLastQuestionAsync();
        var failing = _harness.Inbound(ActivityTypes.Message);
        failing.Text = "contained";

        await _harness.SendAsync(failing);

        var stored = await ReadStoredAsync();
        Assert.False(stored.ContainsKey("DialogState"));
        var processed = stored["processedActivityIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Contains(earlier.Id, processed);
        Assert.Contains(failing.Id, processed);
        Assert.Empty(await _harness.SendAsync(earlier));
        Assert.Empty(await _harness.SendAsync(failing));
    }

    [Fact]
    public async Task AfterTheFailure_AnAnswerIsNoLongerTakenAsTriage_AndANewTriageCompletes()
    {
        await AnswerUpToTheLastQuestionAsync();
        await _harness.SayAsync("contained");

        var stray = await _harness.SayAsync("contained");
        var first = await _harness.SayAsync("triage");
        await _harness.SayAsync("Login fails for some users.");
        foreach (var answer in new[] { "some", "no", "no" })
        {
            await _harness.SayAsync(answer);
        }

        var result = await _harness.SayAsync("contained");

        Assert.Contains(CoachReplies.NotUnderstood, LeadershipCoachBot.Conversation.Tests.Cards.CardText.Of(Assert.Single(stray)), StringComparison.Ordinal);
        Assert.Contains(WhatQuestion, Said.By(Assert.Single(first)), StringComparison.Ordinal);
        var card = Said.By(Assert.Single(result));
        Assert.Contains("SEV-2:", card, StringComparison.Ordinal);
        Assert.Contains("Login fails for some users.", card, StringComparison.Ordinal);
        Assert.Equal(2, _clock.Calls);
    }

    private async Task AnswerUpToTheLastQuestionAsync()
    {
        await _harness.SayAsync("triage");
        await _harness.SayAsync(SkipWord);
        await _harness.SayAsync("none");
        await _harness.SayAsync("no");
        var last = await _harness.SayAsync("no");
        Assert.Contains(SpreadQuestion, Said.By(Assert.Single(last)), StringComparison.Ordinal);
    }

    private async Task<JsonObject> ReadStoredAsync()
    {
        var items = await _storage.ReadAsync([ConversationKey]);
        return items[ConversationKey];
    }
}
