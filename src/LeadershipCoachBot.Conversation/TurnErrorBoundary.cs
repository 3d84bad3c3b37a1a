using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The one turn-level error boundary (set as <see cref="BotAdapter.OnTurnError"/>): logs what
/// failed without the user's words, tells the user in plain words, and leaves them able to go on.
/// </summary>
public sealed partial class TurnErrorBoundary
{
    private readonly CoachState _state;
    private readonly ILogger<TurnErrorBoundary> _logger;

    public TurnErrorBoundary(CoachState state, ILogger<TurnErrorBoundary> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(logger);
        _state = state;
        _logger = logger;
    }

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;

        // Type and stack only: an exception's message can quote what the user wrote.
        TurnFailed(_logger, exception.GetType().FullName, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id), exception.StackTrace);

        // The turn's own token may be the reason it failed; the apology still goes out.
        try
        {
            await turnContext.SendActivityAsync(CoachReplies.SomethingWentWrong, CancellationToken.None);
        }
        catch (Exception sendFailure) when (sendFailure is not OperationCanceledException)
        {
            ApologyFailed(_logger, sendFailure.GetType().FullName, LogValue.Clean(activity.Id));
        }

        // End the broken dialog so the next message starts fresh; everything else in the
        // conversation's state is kept.
        try
        {
            await _state.DialogState.DeleteAsync(turnContext, CancellationToken.None);
            await _state.Conversation.SaveChangesAsync(turnContext, force: false, CancellationToken.None);
        }
        catch (Exception clearFailure) when (clearFailure is not OperationCanceledException)
        {
            DialogNotCleared(_logger, clearFailure.GetType().FullName, LogValue.Clean(activity.Id));
        }
    }

    [LoggerMessage(EventId = LogEventIds.TurnFailed, Level = LogLevel.Error,
        Message = "A {ActivityType} turn (activity {ActivityId}) failed with {ExceptionType}; the user was told. Stack: {StackTrace}")]
    private static partial void TurnFailed(ILogger logger, string? exceptionType, string? activityType, string? activityId, string? stackTrace);

    [LoggerMessage(EventId = LogEventIds.ApologyFailed, Level = LogLevel.Error,
        Message = "Could not tell the user about the failed turn (activity {ActivityId}): {ExceptionType}")]
    private static partial void ApologyFailed(ILogger logger, string? exceptionType, string? activityId);

    [LoggerMessage(EventId = LogEventIds.DialogNotCleared, Level = LogLevel.Error,
        Message = "Could not end the broken dialog after the failed turn (activity {ActivityId}): {ExceptionType}")]
    private static partial void DialogNotCleared(ILogger logger, string? exceptionType, string? activityId);
}
