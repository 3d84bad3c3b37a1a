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

    public async Task<bool> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var own = LessonShelf.OwnRecordOf(turnContext);
        var here = LessonShelf.For(turnContext);
        var erased = await _store.ForgetAuthorsLessonsAsync(own, cancellationToken);
        if (here.IsTeam)
        {
            erased += await _store.ForgetAuthorsLessonsAsync(here, cancellationToken);
        }

        return erased > 0;
    }
}
