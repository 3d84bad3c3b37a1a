using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Storage;
using static LeadershipCoachBot.Conversation.Dialogs.IncidentTriageDialog;

namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>
/// What each kind of turn costs in storage calls: a message turn reads the conversation once and
/// writes it at most once; turns that need no state touch none; the user scope is never read.
/// </summary>
public sealed class StorageTrafficTests
{
    private const string ConversationKey = "msteams/conversations/a:chat";

    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly CoachBotHarness _harness;

    public StorageTrafficTests() => _harness = new CoachBotHarness(_storage);

    [Fact]
    public async Task InstallationUpdate_Welcomes_ReadingOnceAndRememberingTheActivity()
    {
        var install = _harness.Inbound(ActivityTypes.InstallationUpdate);
        install.Action = "add";

        var sent = await _harness.SendAsync(install);
        var again = await _harness.SendAsync(install);

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
        Assert.Empty(again);
        Assert.Equal(2, _storage.Reads.Count);
        Assert.Single(_storage.Writes);
    }

    [Fact]
    public async Task PersonJoining_IsWelcomed_ReadingOnceWritingOnce()
    {
        var update = _harness.Inbound(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [new ChannelAccount("29:newcomer", "Megan Bowen")];

        var sent = await _harness.SendAsync(update);

        Assert.True(CoachBotHarness.IsWelcomeCard(Assert.Single(sent)));
        AssertOneReadAndWrites(expectedWrites: 1);
    }

    [Fact]
    public async Task Typing_ReadsAndWritesNothing()
    {
        var sent = await _harness.SendAsync(_harness.Inbound(ActivityTypes.Typing));

        Assert.Empty(sent);
        AssertNoStorageCalls();
    }

    [Theory]
    [InlineData("help")]
    [InlineData("what can you do")]
    [InlineData("triage")]
    public async Task MessageTurn_ReadsTheConversationOnce_WritesItOnce(string text)
    {
        var sent = await _harness.SayAsync(text);

        Assert.Single(sent);
        AssertOneReadAndWrites(expectedWrites: 1);
    }

    [Fact]
    public async Task ResentActivity_ReadsOnce_WritesNothing_AnswersNothing()
    {
        var message = _harness.Inbound(ActivityTypes.Message);
        message.Text = "help";
        await _harness.SendAsync(message);
        _storage.Reset();

        var again = await _harness.SendAsync(message);

        Assert.Empty(again);
        AssertOneReadAndWrites(expectedWrites: 0);
    }

    [Fact]
    public async Task ResentActivityMidTriage_WritesNothing_AndTheQuestionStillWaits()
    {
        await _harness.SayAsync("triage");
        var answer = _harness.Inbound(ActivityTypes.Message);
        answer.Text = SkipWord;
        await _harness.SendAsync(answer);
        _storage.Reset();

        var again = await _harness.SendAsync(answer);
        var next = await _harness.SayAsync("most");

        Assert.Empty(again);
        Assert.Contains(DataQuestion, Said.By(Assert.Single(next)), StringComparison.Ordinal);
        Assert.Equal(2, _storage.Reads.Count);
        Assert.Single(_storage.Writes);
    }

    [Fact]
    public async Task FullTriage_EveryTurnReadsOnceAndWritesOnce()
    {
        var turns = new[] { "triage", "The payments API returns errors.", "some", "no", "not sure", "contained" };
        IReadOnlyList<Activity> last = [];

        foreach (var text in turns)
        {
            _storage.Reset();
            last = await _harness.SayAsync(text);

            Assert.Single(last);
            AssertOneReadAndWrites(expectedWrites: 1);
        }

        var card = Assert.Single(Assert.Single(last).Attachments!);
        Assert.Contains("SEV-2:", card.Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_storage.Deletes);
    }

    [Fact]
    public async Task ManyTurns_NeverReadTheUserScope()
    {
        var install = _harness.Inbound(ActivityTypes.InstallationUpdate);
        install.Action = "add";
        await _harness.SendAsync(install);
        foreach (var text in new[] { "help", "triage", "skip", "none", "cancel", "hello" })
        {
            await _harness.SayAsync(text);
        }

        Assert.NotEmpty(_storage.Reads);
        Assert.All(_storage.Reads.Concat(_storage.Writes).SelectMany(keys => keys), key => Assert.Equal(ConversationKey, key));
        Assert.DoesNotContain(_storage.Reads.SelectMany(keys => keys), key => key.Contains("/users/", StringComparison.Ordinal));
    }

    private void AssertNoStorageCalls()
    {
        Assert.Empty(_storage.Reads);
        Assert.Empty(_storage.Writes);
        Assert.Empty(_storage.Deletes);
    }

    private void AssertOneReadAndWrites(int expectedWrites)
    {
        Assert.Equal([ConversationKey], Assert.Single(_storage.Reads));
        Assert.Equal(expectedWrites, _storage.Writes.Count);
        Assert.All(_storage.Writes, keys => Assert.Equal([ConversationKey], keys));
        Assert.Empty(_storage.Deletes);
    }
}
