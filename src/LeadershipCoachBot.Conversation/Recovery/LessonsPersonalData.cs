using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>
/// The lessons a person recorded, for <c>forget me</c>: their own record, and their lessons in the
/// record of the team whose channel they are in (the team's other lessons stay).
/// </summary>
public sealed class LessonsPersonalData : IPersonalData
{
    private readonly LessonStore _store;

    public LessonsPersonalData(LessonStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    public string Description => "the lessons you recorded";

    public async Task<bool> HoldsAnyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var shelf in ShelvesOf(turnContext))
        {
            var lessons = await _store.ReadAsync(shelf, cancellationToken);
            if (LessonBook.Forget(lessons, shelf.Author).Count < lessons.Count)
            {
                return true;
            }
        }

        return false;
    }

    public async Task<bool> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var erased = 0;
        foreach (var shelf in ShelvesOf(turnContext))
        {
            erased += await _store.ForgetAuthorsLessonsAsync(shelf, cancellationToken);
        }

        return erased > 0;
    }

    /// <summary>The person's own record, and the record of the team whose channel they are in.</summary>
    private static IEnumerable<LessonShelf> ShelvesOf(ITurnContext turnContext)
    {
        yield return LessonShelf.OwnRecordOf(turnContext);
        if (LessonShelf.For(turnContext) is { IsTeam: true } team)
        {
            yield return team;
        }
    }
}
