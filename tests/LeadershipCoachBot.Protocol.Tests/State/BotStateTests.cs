using System.Text.Json;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Testing.Storage;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class BotStateTests
{
    private readonly CountingStorage _storage = new(new MemoryStorage());

    [Fact]
    public void ConversationState_TeamsThread_KeysByChannelAndConversation()
    {
        var turn = TestBotAdapter.NewTurn(conversationId: "19:abc@thread.tacv2;messageid=42");

        Assert.Equal("msteams/conversations/19:abc@thread.tacv2;messageid=42", new ConversationState(_storage).GetStorageKey(turn));
    }

    [Fact]
    public void UserState_TeamsUser_KeysByChannelAndUser()
    {
        var turn = TestBotAdapter.NewTurn(userId: "29:1xyz");

        Assert.Equal("msteams/users/29:1xyz", new UserState(_storage).GetStorageKey(turn));
    }

    [Fact]
    public async Task Accessor_ActivityWithoutConversationId_ThrowsNamingTheField()
    {
        var turn = TestBotAdapter.NewTurn();
        turn.Activity.Conversation = null;
        var notes = new ConversationState(_storage).CreateProperty<CoachingNotes>("notes");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => notes.GetAsync(turn));

        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateProperty_NamedETag_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ConversationState(_storage).CreateProperty<int>("eTag"));
    }

    [Fact]
    public async Task Accessor_UsedSeveralTimesInATurn_ReadsStorageOnce()
    {
        var state = new ConversationState(_storage);
        var notes = state.CreateProperty<CoachingNotes>("notes");
        var count = state.CreateProperty<int>("count");
        var turn = TestBotAdapter.NewTurn();

        await notes.GetAsync(turn, () => new CoachingNotes());
        await count.SetAsync(turn, 2);
        await notes.GetAsync(turn);
        await count.DeleteAsync(turn);

        Assert.Single(_storage.Reads);
    }

    [Fact]
    public async Task SaveChanges_ScopeNeverUsedThisTurn_NeitherReadsNorWrites()
    {
        var state = new ConversationState(_storage);

        await state.SaveChangesAsync(TestBotAdapter.NewTurn());
        await state.SaveChangesAsync(TestBotAdapter.NewTurn(), force: true);

        Assert.Empty(_storage.Reads);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_NothingChanged_DoesNotWrite()
    {
        var state = new ConversationState(_storage);
        var notes = state.CreateProperty<CoachingNotes>("notes");
        await SaveTurnAsync(state, turn => notes.SetAsync(turn, new CoachingNotes { Topic = "outage", Step = 2, Drafts = ["a"] }));
        _storage.Reset();

        await SaveTurnAsync(state, async turn => Assert.Equal("outage", (await notes.GetAsync(turn))!.Topic));

        Assert.Single(_storage.Reads);
        Assert.Empty(_storage.Writes);
    }

    [Fact]
    public async Task SaveChanges_ObjectMutatedInPlace_WritesOnce()
    {
        var state = new ConversationState(_storage);
        var notes = state.CreateProperty<CoachingNotes>("notes");
        var turn = TestBotAdapter.NewTurn();

        var value = await notes.GetAsync(turn, () => new CoachingNotes());
        value!.Drafts.Add("We moved too fast on the migration.");
        await state.SaveChangesAsync(turn);
        await state.SaveChangesAsync(turn);

        Assert.Single(_storage.Writes);
        var next = TestBotAdapter.NewTurn();
        Assert.Equal(["We moved too fast on the migration."], (await notes.GetAsync(next))!.Drafts);
    }

    [Fact]
    public async Task SaveChanges_ChangedAgainAfterSave_WritesWithTheNewETag()
    {
        var state = new ConversationState(_storage);
        var step = state.CreateProperty<int>("step");
        var turn = TestBotAdapter.NewTurn();

        await step.SetAsync(turn, 1);
        await state.SaveChangesAsync(turn);
        await step.SetAsync(turn, 2);
        await state.SaveChangesAsync(turn);

        Assert.Equal(2, _storage.Writes.Count);
        Assert.Equal(2, await step.GetAsync(TestBotAdapter.NewTurn()));
    }

    [Fact]
    public async Task Accessor_ObjectMembersReadBack_AreJsonAndNormalise()
    {
        var state = new ConversationState(_storage);
        var notes = state.CreateProperty<CoachingNotes>("notes");
        await SaveTurnAsync(state, turn => notes.SetAsync(turn, new CoachingNotes { Values = { ["attempts"] = 3, ["big"] = 5_000_000_000L, ["name"] = "Ada" } }));

        var read = await notes.GetAsync(TestBotAdapter.NewTurn());

        Assert.IsType<JsonElement>(read!.Values["attempts"]);
        Assert.Equal(3, JsonValues.ToInt32(read.Values["attempts"]));
        Assert.Equal(5_000_000_000L, JsonValues.ToInt64(read.Values["big"]));
        Assert.Equal("Ada", JsonValues.To<string>(read.Values["name"]));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SaveChanges_ConcurrentTurnSavedFirst_ThrowsETagConflictAndKeepsFirstWrite(bool conversationAlreadyStored)
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        if (conversationAlreadyStored)
        {
            await SaveTurnAsync(state, turn => topic.SetAsync(turn, "start"));
        }

        var first = TestBotAdapter.NewTurn();
        var second = TestBotAdapter.NewTurn();
        await topic.GetAsync(first);
        await topic.GetAsync(second);

        await topic.SetAsync(first, "first");
        await state.SaveChangesAsync(first);
        await topic.SetAsync(second, "second");

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(second));
        Assert.Equal("first", await topic.GetAsync(TestBotAdapter.NewTurn()));
    }

    [Fact]
    public async Task Load_Forced_ReadsAgainAndDropsUnsavedChanges()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        await SaveTurnAsync(state, turn => topic.SetAsync(turn, "saved"));
        var turn = TestBotAdapter.NewTurn();
        await topic.SetAsync(turn, "unsaved");
        _storage.Reset();

        await state.LoadAsync(turn, force: true);

        Assert.Single(_storage.Reads);
        Assert.Equal("saved", await topic.GetAsync(turn));
    }

    [Fact]
    public async Task ClearState_ThenSave_WritesEmptyState()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        await SaveTurnAsync(state, turn => topic.SetAsync(turn, "saved"));

        await SaveTurnAsync(state, async turn =>
        {
            await state.LoadAsync(turn);
            await state.ClearStateAsync(turn);
        });

        Assert.Null(await topic.GetAsync(TestBotAdapter.NewTurn()));
        Assert.Equal(2, _storage.Writes.Count);
    }

    [Fact]
    public async Task Delete_RemovesTheScopeFromStorage()
    {
        var state = new ConversationState(_storage);
        var topic = state.CreateProperty<string>("topic");
        await SaveTurnAsync(state, turn => topic.SetAsync(turn, "saved"));
        var key = state.GetStorageKey(TestBotAdapter.NewTurn());

        await state.DeleteAsync(TestBotAdapter.NewTurn());

        Assert.Empty(await _storage.ReadAsync([key]));
    }

    private static async Task SaveTurnAsync(BotState state, Func<global::LeadershipCoachBot.Protocol.Turns.TurnContext, Task> turnBody)
    {
        var turn = TestBotAdapter.NewTurn();
        await turnBody(turn);
        await state.SaveChangesAsync(turn);
    }
}
