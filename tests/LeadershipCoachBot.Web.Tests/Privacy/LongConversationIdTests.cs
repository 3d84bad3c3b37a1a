using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Storage;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.Privacy;

/// <summary>A conversation id longer than a table string property holds (32,768+ characters) is saved and read back.</summary>
public sealed class LongConversationIdTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();

    public Task InitializeAsync() => _table.InitializeAsync();

    public Task DisposeAsync() => _table.DisposeAsync();

    [Theory]
    [InlineData(32_768)]
    [InlineData(60_000)]
    public async Task VeryLongConversationId_TriageGoesOnAcrossTurns(int length)
    {
        await using var host = AzuriteHosts.Create(_table.Table.Name);
        var client = host.CreateClient();
        var conversationId = "a:" + new string('x', length);

        var first = await SayAsync(client, conversationId, "triage", 1);
        var second = await SayAsync(client, conversationId, SkipWord, 2);
        var stored = await new AzureTableStorage(_table.Table, NullLogger<AzureTableStorage>.Instance).ReadAsync([$"msteams/conversations/{conversationId}"]);

        Assert.Contains(WhatQuestion, first, StringComparison.Ordinal);
        Assert.Contains(ImpactQuestion, second, StringComparison.Ordinal);
        Assert.Single(stored);
    }

    private static async Task<string> SayAsync(HttpClient client, string conversationId, string text, int n)
    {
        var activity = new StateChat().Message(text);
        activity["id"] = $"long-{n}";
        activity["conversation"]!["id"] = conversationId;
        return StateChat.Says(await StateChat.SendAsync(client, activity));
    }
}
