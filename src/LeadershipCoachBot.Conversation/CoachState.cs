using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// What the coach keeps per conversation: the dialog stack, and the ids of the last activities it
/// processed (so a re-sent activity, on this instance or another, is handled once).
/// </summary>
public sealed class CoachState
{
    /// <summary>How many processed activity ids a conversation remembers.</summary>
    public const int RememberedActivities = 16;

    public CoachState(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        Conversation = conversationState;
        DialogState = conversationState.CreateProperty<DialogState>("DialogState");
        ProcessedActivityIds = conversationState.CreateProperty<List<string>>("processedActivityIds");
    }

    public ConversationState Conversation { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public IStatePropertyAccessor<List<string>> ProcessedActivityIds { get; }

    /// <summary>Records the activity as processed; false when this conversation already processed it.</summary>
    public async Task<bool> MarkProcessedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Id is not { Length: > 0 } id)
        {
            return true;
        }

        // Marked once per turn: the turn pipeline marks every activity and the bot may ask again.
        var marker = "processed:" + id;
        if (turnContext.TurnState.Get<string>(marker) is not null)
        {
            return true;
        }

        turnContext.TurnState.Set(marker, id);

        var ids = await ProcessedActivityIds.GetAsync(turnContext, () => [], cancellationToken) ?? [];
        if (ids.Contains(id, StringComparer.Ordinal))
        {
            return false;
        }

        ids.Add(id);
        if (ids.Count > RememberedActivities)
        {
            ids.RemoveRange(0, ids.Count - RememberedActivities);
        }

        await ProcessedActivityIds.SetAsync(turnContext, ids, cancellationToken);
        return true;
    }
}
