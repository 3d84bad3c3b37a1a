using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>The coach's goal dialogs, over the conversation's dialog state.</summary>
public sealed class CoachDialogs
{
    private readonly DialogSet _dialogs;

    public CoachDialogs(CoachState state, IncidentTriageDialog triage, ReviewDraftDialog review, DraftMessageDialog draft, FollowThroughDialogs followThrough)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(followThrough);
        _dialogs = new DialogSet(state.DialogState).Add(triage).Add(review).Add(draft);
        foreach (var dialog in followThrough.All)
        {
            _dialogs.Add(dialog);
        }
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _dialogs.CreateContextAsync(turnContext, cancellationToken);
}
