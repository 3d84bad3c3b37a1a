using System.Net;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Testing.Cards;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.Storage;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// Teams re-sends an activity it got no answer for; behind a load balancer the re-send can reach
/// another instance, which must recognise it from the conversation's state and answer nothing.
/// </summary>
public sealed class ResentAcrossHostsTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();
    private CoachBotFactory _hostA = null!;
    private CoachBotFactory _hostB = null!;

    public async Task InitializeAsync()
    {
        await _table.InitializeAsync();
        _hostA = AzuriteHosts.Create(_table.Table.Name);
        _hostB = AzuriteHosts.Create(_table.Table.Name);
    }

    public async Task DisposeAsync()
    {
        await _hostA.DisposeAsync();
        await _hostB.DisposeAsync();
        await _table.DisposeAsync();
    }

    [Fact]
    public async Task SameActivityOnTwoHosts_IsAnsweredOnce()
    {
        var help = _chat.Message("help");
        help.Remove("deliveryMode");

        using var first = await _hostA.CreateClient().PostAsync(help);
        using var second = await _hostB.CreateClient().PostAsync(help);

        AdaptiveCardRecorder.RecordAll(_hostA.Connector.SentActivities);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(CardIsWelcome(Assert.Single(_hostA.Connector.SentActivities)));
        Assert.Empty(_hostB.Connector.SentActivities);
    }

    [Fact]
    public async Task SameInstallationUpdateOnTwoHosts_WelcomesOnce()
    {
        var install = TeamsFixtures.Load(TeamsFixtures.InstallationUpdateAdd);
        install["conversation"]!["id"] = _chat.ConversationId;

        using var first = await _hostA.CreateClient().PostAsync(install);
        using var second = await _hostB.CreateClient().PostAsync(install);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(CardIsWelcome(Assert.Single(_hostA.Connector.SentActivities)));
        Assert.Empty(_hostB.Connector.SentActivities);
    }

    [Fact]
    public async Task SameTriageAnswerOnTwoHosts_AdvancesTheDialogOnce()
    {
        var a = _hostA.CreateClient();
        var b = _hostB.CreateClient();
        await _chat.SayAsync(a, "triage");
        await _chat.SayAsync(a, SkipWord);
        var answer = _chat.Message("most");

        var first = await StateChat.SendAsync(a, answer);
        var second = await StateChat.SendAsync(b, answer);
        var next = await _chat.SayAsync(b, "no");

        Assert.Contains(DataQuestion, StateChat.Says(first), StringComparison.Ordinal);
        Assert.Empty(second);
        Assert.Contains(SecurityQuestion, StateChat.Says(next), StringComparison.Ordinal);
    }

    private static bool CardIsWelcome(Activity activity) =>
        StateChat.Says([activity]).Contains(WelcomeCard.Title, StringComparison.Ordinal);
}
