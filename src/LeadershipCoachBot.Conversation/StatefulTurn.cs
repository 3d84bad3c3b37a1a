using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// Runs a turn with its conversation state: turns of one conversation run one after another in this
/// process, state is read only when the turn uses it and written once at the end only if it changed.
/// When another instance saved the same conversation first, its state stands and the user is asked
/// to send their message again.
/// </summary>
public sealed partial class StatefulTurn
{
    private readonly CoachState _state;
    private readonly ConversationTurnLock _turnLock;
    private readonly ILogger<StatefulTurn> _logger;

    public StatefulTurn(CoachState state, ConversationTurnLock turnLock, ILogger<StatefulTurn> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turnLock);
        ArgumentNullException.ThrowIfNull(logger);
        _state = state;
        _turnLock = turnLock;
        _logger = logger;
    }

    public async Task RunAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        await using var exclusive = await _turnLock.AcquireAsync(_state.Conversation.GetStorageKey(turnContext), cancellationToken);
        await turn(turnContext, cancellationToken);
        try
        {
            await _state.Conversation.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
        catch (ETagConflictException)
        {
            StateConflict(_logger, LogValue.Clean(turnContext.Activity.Id));
            await turnContext.SendActivityAsync(CoachReplies.MessagesCrossed, cancellationToken);
        }
    }

    [LoggerMessage(EventId = LogEventIds.StateConflict, Level = LogLevel.Warning,
        Message = "Activity {ActivityId} lost a race to save conversation state; the other turn's state stands and the user was asked to resend.")]
    private static partial void StateConflict(ILogger logger, string? activityId);
}
