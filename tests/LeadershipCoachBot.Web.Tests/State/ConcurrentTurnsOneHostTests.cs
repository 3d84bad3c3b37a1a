using LeadershipCoachBot.Conversation;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Web.Tests.Host;
using Microsoft.Extensions.DependencyInjection;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// Two turns of one conversation reach one host at once. The first turn is held after its state
/// read until the second has entered the bot, so they overlap every run; the host must run them
/// one after the other.
/// </summary>
public sealed class ConcurrentTurnsOneHostTests : IAsyncDisposable
{
    private readonly Rendezvous _gate = new(parties: 2);
    private readonly MemoryStorage _storage = new();
    private readonly CoachBotFactory _host;
    private readonly StateChat _chat = new();

    public ConcurrentTurnsOneHostTests() =>
        _host = new CoachBotFactory
        {
            BotFactory = sp => new ArrivingBot(ActivatorUtilities.CreateInstance<CoachBot>(sp), _gate),
            ConfigureServices = services => services.DecorateStorage(_ => new GatedStorage(_storage, _gate, readArrives: false)),
        };

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TwoAnswersAtOnce_BothAreTakenInTurn_NoneIsLost()
    {
        var client = _host.CreateClient();
        foreach (var text in new[] { "triage", SkipWord, "none" })
        {
            await _chat.SayAsync(client, text);
        }

        var (first, second) = await AnswerAtOnceAsync(client, "no", "not sure");

        Assert.Equal(2, _gate.Arrived);
        var says = new[] { StateChat.Says(first), StateChat.Says(second) };
        Assert.Single(says, s => s.Contains(SecurityQuestion, StringComparison.Ordinal));
        Assert.Single(says, s => s.Contains(SpreadQuestion, StringComparison.Ordinal));
        Assert.All(says, s => Assert.DoesNotContain(CoachReplies.MessagesCrossed, s, StringComparison.Ordinal));
        Assert.All(says, s => Assert.DoesNotContain(CoachReplies.SomethingWentWrong, s, StringComparison.Ordinal));
        var result = StateChat.Says(await _chat.SayAsync(client, "contained"));
        Assert.Contains("SEV-2:", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoMessagesAtOnce_BothIdsAreRemembered()
    {
        var client = _host.CreateClient();
        await _chat.SayAsync(client, "hello");
        var one = _chat.Message("help");
        var two = _chat.Message("what now");

        _gate.Arm();
        var replies = await Task.WhenAll(StateChat.SendAsync(client, one), StateChat.SendAsync(client, two));
        _gate.Disarm();

        Assert.Equal(2, _gate.Arrived);
        Assert.Single(replies[0]);
        Assert.Contains("Triage an incident", Assert.Single(Assert.Single(replies[1]).Attachments!).Content!.Value.GetRawText(), StringComparison.Ordinal);
        var stored = (await _storage.ReadAsync([_chat.StorageKey]))[_chat.StorageKey];
        var ids = stored["processedActivityIds"]!.AsArray().Select(id => id!.GetValue<string>()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Contains(one["id"]!.GetValue<string>(), ids);
        Assert.Contains(two["id"]!.GetValue<string>(), ids);
    }

    private async Task<(IReadOnlyList<Activity> First, IReadOnlyList<Activity> Second)> AnswerAtOnceAsync(HttpClient client, string one, string two)
    {
        _gate.Arm();
        var replies = await Task.WhenAll(_chat.SayAsync(client, one), _chat.SayAsync(client, two));
        _gate.Disarm();
        return (replies[0], replies[1]);
    }
}
