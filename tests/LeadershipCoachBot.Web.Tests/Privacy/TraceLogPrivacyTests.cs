using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Web.Tests.Faults;
using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Web.Tests.Privacy;

/// <summary>Every log record, at Trace, through turns that fail: none holds what the leader typed.</summary>
public sealed class TraceLogPrivacyTests
{
    private const string Typed = "Marguerite signed off the cutover to the ledger cluster at midnight";

    [Fact]
    public async Task FailingTurns_AtTrace_NoLogRecordHoldsTheTypedText()
    {
        var logs = new CollectingLoggerProvider();
        SwitchableStorage storage = null!;
        await using var host = new CoachBotFactory
        {
            UseRealConnector = true,
            ConfigureServices = services =>
            {
                services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
                services.DecorateStorage(inner => storage = new SwitchableStorage(inner));
            },
        };
        host.Settings["Logging:LogLevel:Default"] = "Trace";
        host.Settings["Logging:LogLevel:Microsoft"] = "Trace";
        host.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        host.Settings["Logging:LogLevel:LeadershipCoachBot"] = "Trace";
        var client = host.CreateClient();
        var chat = new StateChat();
        await chat.SayAsync(client, "triage");

        storage.FaultyWrites = new WriteRefusingStorage();
        var notSaved = await chat.SayAsync(client, Typed);
        storage.Heal();
        var review = chat.Message("review");
        await StateChat.SendAsync(client, review);
        var draft = chat.Message(Typed + ". " + Typed);
        draft.Remove("deliveryMode");
        draft["serviceUrl"] = "https://attacker.example/";
        using var unsent = await client.PostAsync(draft);

        Assert.Equal(CoachReplies.NotSaved, Assert.Single(notSaved).Text);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace);
        Assert.Contains(logs.Entries, e => e.Level >= LogLevel.Error && e.Category.EndsWith("TurnErrorBoundary", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Level >= LogLevel.Error && e.Category.EndsWith("StatefulTurn", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Marguerite", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Exception?.ToString().Contains("Marguerite", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TypedFactsSplit_StableRequest_AndNeverMind_AtTrace_NoLogRecordHoldsTheTypedText()
    {
        var logs = new CollectingLoggerProvider();
        await using var host = new CoachBotFactory
        {
            ConfigureServices = services => services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)),
        };
        host.Settings["Logging:LogLevel:Default"] = "Trace";
        host.Settings["Logging:LogLevel:Microsoft"] = "Trace";
        host.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        host.Settings["Logging:LogLevel:LeadershipCoachBot"] = "Trace";
        var client = host.CreateClient();
        var chat = new StateChat();

        foreach (var said in new[]
        {
            "help me write the exec update",
            "ok so i approved the Marguerite ledger cutover",
            "skip",
            "no",
            "rolled back the Marguerite cutover at 10:05. not sure if Marguerite invoices were sent twice",
            "skip",
            "we're stable now, the Marguerite ledger is back; help me plan the all-hands",
            "help me write the exec update",
            "wait actually nvm",
        })
        {
            Assert.NotEmpty(await chat.SayAsync(client, said));
        }

        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Trace);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Marguerite", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Exception?.ToString().Contains("Marguerite", StringComparison.Ordinal) == true);
    }
}
