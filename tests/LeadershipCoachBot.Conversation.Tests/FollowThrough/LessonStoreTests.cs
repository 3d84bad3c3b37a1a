using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Conversation.Tests.FollowThrough;

public class LessonStoreTests
{
    private static readonly LessonShelf Shelf = new("msteams/teams/19:t/lessons", IsTeam: true, "me");
    private static readonly DateOnly Day = new(2026, 12, 3);

    [Fact]
    public async Task Update_SomeoneElseWroteFirst_RetriesOnTheirVersionAndKeepsBoth()
    {
        var storage = new InterleavingStorage(new MemoryStorage());
        var store = new LessonStore(storage);
        await store.UpdateAsync(Shelf, lessons => (LessonBook.Add(lessons, Lesson("first", "me")).Lessons, 0), CancellationToken.None);
        storage.BeforeNextWrite = () => store.UpdateAsync(Shelf, lessons => (LessonBook.Add(lessons, Lesson("theirs", "you")).Lessons, 0), CancellationToken.None);

        await store.UpdateAsync(Shelf, lessons => (LessonBook.Add(lessons, Lesson("mine", "me")).Lessons, 0), CancellationToken.None);

        Assert.Equal(["first", "theirs", "mine"], (await store.ReadAsync(Shelf, CancellationToken.None)).Select(l => l.Text));
    }

    [Fact]
    public async Task Update_NothingChanged_WritesNothing()
    {
        var storage = new InterleavingStorage(new MemoryStorage());
        var store = new LessonStore(storage);

        var result = await store.UpdateAsync(Shelf, lessons => (lessons, "unchanged"), CancellationToken.None);

        Assert.Equal("unchanged", result);
        Assert.Equal(0, storage.Writes);
    }

    [Fact]
    public async Task Update_ForgettingTheLastLesson_DeletesTheRecord()
    {
        var memory = new MemoryStorage();
        var store = new LessonStore(memory);
        await store.UpdateAsync(Shelf, lessons => (LessonBook.Add(lessons, Lesson("only", "me")).Lessons, 0), CancellationToken.None);

        await store.UpdateAsync(Shelf, lessons => (LessonBook.Forget(lessons, "me"), 0), CancellationToken.None);

        Assert.Empty(await memory.ReadAsync([Shelf.StorageKey]));
    }

    private static Lesson Lesson(string text, string author) => new(text, LessonKind.Decision, null, Day, author);

    /// <summary>Runs another writer's change just before the next write reaches storage, as a concurrent turn would.</summary>
    private sealed class InterleavingStorage(IStorage inner) : IStorage
    {
        public Func<Task>? BeforeNextWrite { get; set; }

        public int Writes { get; private set; }

        public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default)
        {
            if (BeforeNextWrite is { } other)
            {
                BeforeNextWrite = null;
                await other();
            }

            Writes++;
            await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
