using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>
/// The "Lessons We Paid For" records in <see cref="IStorage"/> (Azure Table storage in production),
/// one item per <see cref="LessonShelf"/>, apart from conversation state so they outlive any chat.
/// A change reads the record, applies a pure change and writes it back with the eTag it read, so
/// two people adding to one team's record at once do not overwrite each other; a lost race is
/// retried on a fresh read.
/// </summary>
public sealed class LessonStore
{
    public const int MaxAttempts = 3;

    private const string LessonsProperty = "lessons";
    private readonly IStorage _storage;

    public LessonStore(IStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        _storage = storage;
    }

    public async Task<IReadOnlyList<Lesson>> ReadAsync(LessonShelf shelf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        var (lessons, _) = await ReadWithETagAsync(shelf, cancellationToken);
        return lessons;
    }

    /// <summary>Applies <paramref name="change"/> to the stored lessons and writes what it returns when that differs.</summary>
    public async Task<T> UpdateAsync<T>(LessonShelf shelf, Func<IReadOnlyList<Lesson>, (IReadOnlyList<Lesson> Lessons, T Result)> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var (lessons, eTag) = await ReadWithETagAsync(shelf, cancellationToken);
            var (changed, result) = change(lessons);
            if (ReferenceEquals(changed, lessons))
            {
                return result;
            }

            try
            {
                await WriteAsync(shelf, changed, eTag, cancellationToken);
                return result;
            }
            catch (ETagConflictException) when (attempt < MaxAttempts)
            {
                // Someone else changed the record since we read it: read again and redo the change.
            }
        }
    }

    /// <summary>Deletes the lessons the shelf's author recorded in it (the others stay); how many went.</summary>
    public Task<int> ForgetAuthorsLessonsAsync(LessonShelf shelf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        return UpdateAsync(shelf, lessons =>
        {
            var left = LessonBook.Forget(lessons, shelf.Author);
            return (left.Count == lessons.Count ? lessons : left, lessons.Count - left.Count);
        }, cancellationToken);
    }

    private async Task<(IReadOnlyList<Lesson> Lessons, string? ETag)> ReadWithETagAsync(LessonShelf shelf, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync([shelf.StorageKey], cancellationToken);
        if (!items.TryGetValue(shelf.StorageKey, out var item))
        {
            return ([], null);
        }

        var lessons = item[LessonsProperty]?.Deserialize<List<Lesson>>(ProtocolJson.Options) ?? [];
        return (lessons, StoreItemETag.Get(item));
    }

    private Task WriteAsync(LessonShelf shelf, IReadOnlyList<Lesson> lessons, string? eTag, CancellationToken cancellationToken)
    {
        if (lessons.Count == 0)
        {
            return _storage.DeleteAsync([shelf.StorageKey], cancellationToken);
        }

        var item = new JsonObject { [LessonsProperty] = JsonSerializer.SerializeToNode(lessons, ProtocolJson.Options) };
        StoreItemETag.Set(item, eTag ?? StoreItemETag.MustNotExist);
        return _storage.WriteAsync(new Dictionary<string, JsonObject>(StringComparer.Ordinal) { [shelf.StorageKey] = item }, cancellationToken);
    }
}
