using LeadershipCoachBot.Web.Tests.Host;
using LeadershipCoachBot.Web.Tests.State;
using LeadershipCoachBot.Web.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Web.Tests;

/// <summary>Every log record, down to Trace, written while a leader goes through the 1:1, lessons, recovery and hard-conversation flows.</summary>
public sealed class FollowThroughPrivacyTests : IDisposable
{
    private static readonly string[] Typed =
    [
        "Quillfeather ran the Zanzibar cutover",
        "Quillfeather keeps apologising in standup",
        "Marmalade lag surprised everyone",
        "Periwinkle rollback was never rehearsed",
        "Zanzibar cutover lost 40 orders for 3 hours",
        "I will walk the Periwinkle backlog weekly",
        "Quillfeather opened up once I owned it",
    ];

    private readonly CollectingLoggerProvider _logs = new();

    public void Dispose() => _logs.Dispose();

    [Fact]
    public async Task FollowThroughFlows_LogNoneOfTheTypedText()
    {
        await using var host = new CoachBotFactory
        {
            ConfigureServices = services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)),
        };
        var client = host.CreateClient();
        var chat = new StateChat();
        string[] script =
        [
            "1:1 prep", "ran the change", Typed[0], Typed[1],
            "how did it go", "mixed", Typed[6],
            "lesson: surprise: " + Typed[2], "record a lesson", "scar tissue: " + Typed[3], "lessons", "export lessons",
            "all-hands", Typed[4], "safeguards",
            "hard conversation", "security", Typed[4], Typed[5],
            "forget my lessons", "yes",
        ];
        var replies = new List<string>();
        foreach (var said in script)
        {
            replies.Add(StateChat.Says(await chat.SayAsync(client, said)));
        }

        Assert.Contains(replies, r => r.Contains("Quillfeather ran the Zanzibar cutover", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("I deleted 2 lessons", StringComparison.Ordinal));
        var entries = _logs.Entries;
        Assert.Contains(entries, e => e.EventId.Id == 1101);
        var words = new[] { "Quillfeather", "Zanzibar", "Marmalade", "Periwinkle", "apologising", "opened up" };
        foreach (var entry in entries)
        {
            foreach (var word in words)
            {
                Assert.False(entry.Message.Contains(word, StringComparison.OrdinalIgnoreCase), $"Log {entry.EventId} ({entry.Category}) holds typed text: {word}");
            }
        }
    }
}
