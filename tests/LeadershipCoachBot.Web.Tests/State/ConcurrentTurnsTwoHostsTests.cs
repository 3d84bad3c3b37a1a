using System.Text.Json.Nodes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Web.Storage;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// Two instances sharing one table each get a turn of the same conversation at once. Both turns
/// read the state before either may write (a shared rendezvous holds each read), so they collide
/// every run: one save wins, the other is refused by its eTag and that user hears one honest reply,
/// asking them to resend, and not the next question the lost turn would have asked.
/// </summary>
public sealed class ConcurrentTurnsTwoHostsTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly Rendezvous _gate = new(parties: 2);
    private readonly StateChat _chat = new();
    private CoachBotFactory _hostA = null!;
    private CoachBotFactory _hostB = null!;

    public async Task InitializeAsync()
    {
        await _table.InitializeAsync();
        _hostA = AzuriteHosts.Create(_table.Table.Name, Gated);
        _hostB = AzuriteHosts.Create(_table.Table.Name, Gated);
    }

    public async Task DisposeAsync()
    {
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
        await _table.DisposeAsync();
    }

    [Fact]
    public async Task AnswersCollide_StoredStateIsExactlyTheWinnersTurn_LoserIsAskedToResend_NextTurnsWork()
    {
        var a = _hostA.CreateClient();
        var b = _hostB.CreateClient();
        foreach (var text in new[] { "triage", SkipWord, "none" })
        {
            await _chat.SayAsync(a, text);
        }

        var yes = _chat.Message("yes");
        var no = _chat.Message("no");
        _gate.Arm();
        var replies = await Task.WhenAll(StateChat.SendAsync(a, yes), StateChat.SendAsync(b, no));
        _gate.Disarm();

        Assert.Equal(2, _gate.Arrived);
        var crossed = replies.Select(r => r.Any(x => x.Text == CoachReplies.MessagesCrossed)).ToArray();
        Assert.Single(crossed, c => c);
        Assert.Contains(SecurityQuestion, StateChat.Says(replies[crossed[0] ? 1 : 0]), StringComparison.Ordinal);
        Assert.Equal(CoachReplies.MessagesCrossed, Assert.Single(replies[crossed[0] ? 0 : 1]).Text);
        Assert.All(replies, r => Assert.DoesNotContain(CoachReplies.SomethingWentWrong, StateChat.Says(r), StringComparison.Ordinal));
        var (winner, loser) = crossed[0] ? (no, yes) : (yes, no);

        var ids = await StoredActivityIdsAsync();
        Assert.Contains(Id(winner), ids);
        Assert.DoesNotContain(Id(loser), ids);

        var spread = await _chat.SayAsync(crossed[0] ? a : b, "no");
        var result = StateChat.Says(await _chat.SayAsync(crossed[0] ? b : a, "contained"));
        Assert.Contains(SpreadQuestion, StateChat.Says(spread), StringComparison.Ordinal);
        Assert.Contains(winner == yes ? "SEV-1:" : "SEV-3:", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LosersResentMessage_IsTakenAfterTheWinnersTurn()
    {
        var a = _hostA.CreateClient();
        var b = _hostB.CreateClient();
        await _chat.SayAsync(a, "hello");

        var help = _chat.Message("help");
        var triage = _chat.Message("triage");
        _gate.Arm();
        var replies = await Task.WhenAll(StateChat.SendAsync(a, help), StateChat.SendAsync(b, triage));
        _gate.Disarm();
        var loserHelped = replies[0].Any(x => x.Text == CoachReplies.MessagesCrossed);
        var loserClient = loserHelped ? a : b;
        var resent = _chat.Message(loserHelped ? "help" : "triage");
        var again = await StateChat.SendAsync(loserClient, resent);

        Assert.Single(replies, r => r.Any(x => x.Text == CoachReplies.MessagesCrossed));
        Assert.DoesNotContain(again, x => x.Text == CoachReplies.MessagesCrossed);
        var ids = await StoredActivityIdsAsync();
        Assert.Contains(Id(resent), ids);
        Assert.Contains(Id(loserHelped ? triage : help), ids);
        Assert.DoesNotContain(Id(loserHelped ? help : triage), ids);
        var next = StateChat.Says(await _chat.SayAsync(a, SkipWord));
        Assert.Contains(ImpactQuestion, next, StringComparison.Ordinal);
    }

    private void Gated(IServiceCollection services) =>
        services.DecorateStorage(storage => new GatedStorage(storage, _gate, readArrives: true));

    private async Task<List<string>> StoredActivityIdsAsync()
    {
        var storage = new AzureTableStorage(_table.Table, NullLogger<AzureTableStorage>.Instance);
        var stored = (await storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];
        return [.. stored["processedActivityIds"]!.AsArray().Select(id => id!.GetValue<string>())];
    }

    private static string Id(JsonObject activity) => activity["id"]!.GetValue<string>();
}
