using System.Diagnostics;
using Azure.Data.Tables;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Storage;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.Faults;

/// <summary>
/// Storage failing mid-triage, three ways. Each time the user hears one honest reply (nothing of the
/// lost turn's question), the stored conversation is exactly what it was before, and once storage is
/// back the same answer moves the triage on: no answer given before the fault is lost. Deadlines are
/// short in test configuration; the time each failed turn took is written to the test output.
/// </summary>
public sealed class StorageFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();
    private SwitchableStorage _storage = null!;
    private CoachBotFactory _host = null!;

    public async Task InitializeAsync()
    {
        await _table.InitializeAsync();
        _host = AzuriteHosts.Create(_table.Table.Name, services => services.DecorateStorage(inner => _storage = new SwitchableStorage(inner)));
        FaultSettings.ApplyShortDeadlines(_host);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _table.DisposeAsync();
    }

    [Fact]
    public async Task StorageRefusesConnections_OneHonestReply_StateUnchanged_AnswerTakenWhenBack()
    {
        var refused = TableStorageAt(StorageTestHost.UnreachableConnectionString);

        await AssertFaultKeepsTheTriageAsync("refused", () => _storage.FaultyReads = _storage.FaultyWrites = refused);
    }

    [Fact]
    public async Task StorageNeverAnswers_OneHonestReply_StateUnchanged_AnswerTakenWhenBack()
    {
        await using var stalling = new StallingServer();
        var stalled = TableStorageAt(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{stalling.Port}/devstoreaccount1;");

        await AssertFaultKeepsTheTriageAsync("stalled", () => _storage.FaultyReads = _storage.FaultyWrites = stalled);
        Assert.True(stalling.Accepted > 0);
    }

    [Fact]
    public async Task StorageFailsOnWriteOnly_OneHonestReply_StateUnchanged_AnswerTakenWhenBack()
    {
        await AssertFaultKeepsTheTriageAsync("write-only", () => _storage.FaultyWrites = new WriteRefusingStorage());
    }

    private async Task AssertFaultKeepsTheTriageAsync(string fault, Action breakStorage)
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "triage");
        Assert.Contains(ImpactQuestion, StateChat.Says(await _chat.SayAsync(client, SkipWord)), StringComparison.Ordinal);
        var before = await StoredAsync();

        breakStorage();
        var clock = Stopwatch.StartNew();
        var replies = await _chat.SayAsync(client, "most");
        output.WriteLine($"storage {fault}: failed turn took {clock.ElapsedMilliseconds} ms");
        _storage.Heal();

        Assert.Equal(CoachReplies.NotSaved, Assert.Single(replies).Text);
        Assert.Equal(before, await StoredAsync());
        Assert.Contains(DataQuestion, StateChat.Says(await _chat.SayAsync(client, "most")), StringComparison.Ordinal);
    }

    private async Task<string> StoredAsync()
    {
        var storage = new AzureTableStorage(_table.Table, NullLogger<AzureTableStorage>.Instance);
        return StoreItemETag.ToStoredJson((await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey]);
    }

    private AzureTableStorage TableStorageAt(string connectionString) =>
        new(new TableClient(connectionString, _table.Table.Name, AzuriteTable.FastOptions()), NullLogger<AzureTableStorage>.Instance);
}
