using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Web.Tests.Storage;

namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>Lessons kept in Azure Table storage (Azurite): recorded on one host, listed, exported and forgotten on the next.</summary>
public sealed class LessonsAcrossRestartTests : IAsyncLifetime
{
    private readonly AzuriteTable _table = new();
    private readonly StateChat _chat = new();

    public Task InitializeAsync() => _table.InitializeAsync();

    public Task DisposeAsync() => _table.DisposeAsync();

    [Fact]
    public async Task LessonsRecordedBeforeARestart_AreListedExportedAndForgottenAfterIt()
    {
        await using (var before = AzuriteHosts.Create(_table.Table.Name))
        {
            var client = before.CreateClient();
            Assert.Contains("1 of 50", StateChat.Says(await _chat.SayAsync(client, "lesson: surprise: the replicas lagged by hours")), StringComparison.Ordinal);
            Assert.Contains("2 of 50", StateChat.Says(await _chat.SayAsync(client, "lesson: decision: we picked the date before the rehearsal")), StringComparison.Ordinal);
        }

        await using var after = AzuriteHosts.Create(_table.Table.Name);
        var restarted = after.CreateClient();
        var list = StateChat.Says(await _chat.SayAsync(restarted, "lessons"));
        var export = StateChat.Says(await _chat.SayAsync(restarted, "export lessons"));
        var asked = StateChat.Says(await _chat.SayAsync(restarted, "forget my lessons"));
        var done = StateChat.Says(await _chat.SayAsync(restarted, "yes"));
        var empty = StateChat.Says(await _chat.SayAsync(restarted, "lessons"));

        Assert.Contains("2 of 50 in your record", list, StringComparison.Ordinal);
        Assert.Contains("## Decisions", export, StringComparison.Ordinal);
        Assert.Contains("- the replicas lagged by hours", export, StringComparison.Ordinal);
        Assert.Contains("Delete the 2 lessons", asked, StringComparison.Ordinal);
        Assert.Contains("I deleted 2 lessons", done, StringComparison.Ordinal);
        Assert.Contains("Nothing in your record yet.", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullRecord_RefusesTheNextLessonWithTheLimit_AndKeepsTheRest()
    {
        await using var host = AzuriteHosts.Create(_table.Table.Name);
        var client = host.CreateClient();
        for (var i = 0; i < LessonBook.MaxLessons; i++)
        {
            await _chat.SayAsync(client, $"lesson: number {i}");
        }

        var refused = StateChat.Says(await _chat.SayAsync(client, "lesson: one too many"));
        var tooLong = StateChat.Says(await _chat.SayAsync(client, "lesson: " + new string('x', LessonBook.MaxLength + 1)));
        await _chat.SayAsync(client, "cancel");
        var export = StateChat.Says(await _chat.SayAsync(client, "export lessons"));

        Assert.Contains("full (50 lessons)", refused, StringComparison.Ordinal);
        Assert.Contains("over the limit of 400", tooLong, StringComparison.Ordinal);
        Assert.Contains("50 lessons", export, StringComparison.Ordinal);
        Assert.Contains("number 49", export, StringComparison.Ordinal);
        Assert.DoesNotContain("one too many", export, StringComparison.Ordinal);
    }
}
