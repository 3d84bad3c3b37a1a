using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Storage;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class BotStateSetTests
{
    private readonly CountingStorage _storage = new(new MemoryStorage());
    private readonly ConversationState _conversation;
    private readonly UserState _user;
    private readonly BotStateSet _set;

    public BotStateSetTests()
    {
        _conversation = new ConversationState(_storage);
        _user = new UserState(_storage);
        _set = new BotStateSet(_conversation, _user);
    }

    [Fact]
    public async Task LoadAll_TwoScopes_ReadsBothInOneCall()
    {
        var turn = TestBotAdapter.NewTurn();

        await _set.LoadAllAsync(turn);
        await _conversation.CreateProperty<string>("topic").GetAsync(turn);
        await _user.CreateProperty<string>("name").GetAsync(turn);

        var read = Assert.Single(_storage.Reads);
        Assert.Equal([_conversation.GetStorageKey(turn), _user.GetStorageKey(turn)], read);
    }

    [Fact]
    public async Task LoadAll_OneScopeAlreadyLoaded_ReadsOnlyTheOther()
    {
        var turn = TestBotAdapter.NewTurn();
        await _conversation.CreateProperty<string>("topic").GetAsync(turn);

        await _set.LoadAllAsync(turn);
        await _set.LoadAllAsync(turn);

        Assert.Equal(2, _storage.Reads.Count);
        Assert.Equal([_user.GetStorageKey(turn)], _storage.Reads[1]);
    }

    [Fact]
    public async Task SaveAllChanges_BothChanged_WritesBothInOneCall()
    {
        var turn = TestBotAdapter.NewTurn();
        await _set.LoadAllAsync(turn);
        await _conversation.CreateProperty<string>("topic").SetAsync(turn, "failed launch");
        await _user.CreateProperty<string>("name").SetAsync(turn, "Sam");

        await _set.SaveAllChangesAsync(turn);
        await _set.SaveAllChangesAsync(turn);

        var written = Assert.Single(_storage.Writes);
        Assert.Equal(2, written.Count);
    }

    [Fact]
    public async Task SaveAllChanges_OnlyOneChanged_WritesOnlyThatScope()
    {
        var turn = TestBotAdapter.NewTurn();
        await _set.LoadAllAsync(turn);
        await _user.CreateProperty<string>("name").SetAsync(turn, "Sam");

        await _set.SaveAllChangesAsync(turn);

        Assert.Equal([_user.GetStorageKey(turn)], Assert.Single(_storage.Writes));
    }

    [Fact]
    public async Task SaveAllChanges_NothingChanged_DoesNotWrite()
    {
        var turn = TestBotAdapter.NewTurn();
        await _set.LoadAllAsync(turn);
        await _conversation.CreateProperty<string>("topic").GetAsync(turn);

        await _set.SaveAllChangesAsync(turn);

        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task SaveAllChanges_TurnNeverTouchedState_NeitherReadsNorWrites()
    {
        await _set.SaveAllChangesAsync(TestBotAdapter.NewTurn());

        Assert.Empty(_storage.Reads);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task SaveAllChanges_AfterSave_NextTurnReadsTheValues()
    {
        var turn = TestBotAdapter.NewTurn();
        var topic = _conversation.CreateProperty<string>("topic");
        var name = _user.CreateProperty<string>("name");
        await topic.SetAsync(turn, "reorg");
        await name.SetAsync(turn, "Sam");
        await _set.SaveAllChangesAsync(turn);

        var next = TestBotAdapter.NewTurn();
        await _set.LoadAllAsync(next);

        Assert.Equal("reorg", await topic.GetAsync(next));
        Assert.Equal("Sam", await name.GetAsync(next));
    }

    [Fact]
    public async Task SaveAllChanges_StaleConversation_ThrowsETagConflict()
    {
        var topic = _conversation.CreateProperty<string>("topic");
        var first = TestBotAdapter.NewTurn();
        var second = TestBotAdapter.NewTurn();
        await topic.SetAsync(first, "v1");
        await _set.SaveAllChangesAsync(first);
        await _set.LoadAllAsync(second);
        await topic.SetAsync(first, "v2");
        await _set.SaveAllChangesAsync(first);

        await topic.SetAsync(second, "stale");

        await Assert.ThrowsAsync<ETagConflictException>(() => _set.SaveAllChangesAsync(second));
        Assert.Equal("v2", await topic.GetAsync(TestBotAdapter.NewTurn()));
    }
}
