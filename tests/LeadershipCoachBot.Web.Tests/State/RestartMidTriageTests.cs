using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Web.Tests.Storage;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>The bot host stops mid-triage; a new host on the same table carries on at the same question.</summary>
public sealed class RestartMidTriageTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();

    public Task InitializeAsync() => _table.InitializeAsync();

    public Task DisposeAsync() => _table.DisposeAsync();

    [Fact]
    public async Task HostRestartsAfterTwoAnswers_NewHostTakesTheNextAnswer_AndFinishes()
    {
        await using (var before = AzuriteHosts.Create(_table.Table.Name))
        {
            var client = before.CreateClient();
            Assert.Contains(WhatQuestion, StateChat.Says(await _chat.SayAsync(client, "triage")), StringComparison.Ordinal);
            Assert.Contains(ImpactQuestion, StateChat.Says(await _chat.SayAsync(client, "Checkout fails for EU customers.")), StringComparison.Ordinal);
            Assert.Contains(DataQuestion, StateChat.Says(await _chat.SayAsync(client, "some")), StringComparison.Ordinal);
        }

        await using var after = AzuriteHosts.Create(_table.Table.Name);
        var restarted = after.CreateClient();
        var security = await _chat.SayAsync(restarted, "no");
        var spread = await _chat.SayAsync(restarted, "no");
        var result = await _chat.SayAsync(restarted, "contained");

        Assert.Contains(SecurityQuestion, StateChat.Says(security), StringComparison.Ordinal);
        Assert.Contains(SpreadQuestion, StateChat.Says(spread), StringComparison.Ordinal);
        var card = StateChat.Says([Assert.Single(result)]);
        Assert.Contains("SEV-2:", card, StringComparison.Ordinal);
        Assert.Contains("Checkout fails for EU customers.", card, StringComparison.Ordinal);
        Assert.Empty(after.Connector.SentActivities);
    }

    [Fact]
    public async Task HostRestartsAfterThreeAnswers_TheAnswersBeforeTheRestartCount()
    {
        await using (var before = AzuriteHosts.Create(_table.Table.Name))
        {
            var client = before.CreateClient();
            foreach (var text in new[] { "incident", SkipWord, "none", "yes" })
            {
                await _chat.SayAsync(client, text);
            }
        }

        await using var after = AzuriteHosts.Create(_table.Table.Name);
        var restarted = after.CreateClient();
        await _chat.SayAsync(restarted, "no");
        var result = StateChat.Says(await _chat.SayAsync(restarted, "contained"));

        Assert.Contains("SEV-1:", result, StringComparison.Ordinal);
        Assert.Contains("Customer data is lost or exposed.", result, StringComparison.Ordinal);
        Assert.DoesNotContain(CoachReplies.NotUnderstood, result, StringComparison.Ordinal);
    }
}
