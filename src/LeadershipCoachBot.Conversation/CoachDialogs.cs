using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>The coach's goal dialogs, over the conversation's dialog state.</summary>
public sealed class CoachDialogs
{
    private readonly DialogSet _dialogs;

    public CoachDialogs(CoachState state, IncidentTriageDialog triage, ReviewDraftDialog review, DraftMessageDialog draft)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(draft);
        _dialogs = new DialogSet(state.DialogState).Add(triage).Add(review).Add(draft);
    }

    public Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _dialogs.CreateContextAsync(turnContext, cancellationToken);
}
