using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The one turn-level error boundary: logs what failed without the user's words, tells the user in
/// plain words what happened to their message, and leaves them able to go on. When the bot's own
/// code failed the broken dialog is ended (everything else in the conversation's state is kept);
/// when storage failed or the turn ran out of time nothing is changed, so the dialog stays at the
/// question it was on. <see cref="StatefulTurn"/> calls it for every failed turn; it is also the
/// adapter's <see cref="BotAdapter.OnTurnError"/> for anything that fails outside a turn pipeline.
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

    /// <summary>For a failure outside the pipeline (no state was read or changed): logs and apologises.</summary>
    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        TurnFailed(_logger, exception.GetType().FullName, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id), false, exception.StackTrace);
        await ReplyAsync(turnContext, CoachReplies.SomethingWentWrong);
    }

    /// <summary>
    /// Handles a failed turn whose replies were not sent and whose state was not saved.
    /// <paramref name="dialogBroken"/>: the bot's own code failed, so the dialog is ended and that is saved.
    /// </summary>
    public async Task OnTurnFailedAsync(ITurnContext turnContext, Exception exception, bool dialogBroken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;

        // Type and stack only: an exception's message can quote what the user wrote.
        TurnFailed(_logger, exception.GetType().FullName, LogValue.Clean(activity.Type), LogValue.Clean(activity.Id), dialogBroken, exception.StackTrace);
        if (!dialogBroken)
        {
            await ReplyAsync(turnContext, CoachReplies.NotSaved);
            return;
        }

        // End the broken dialog so the next message starts fresh; the rest of the state is kept,
        // and the activity is remembered as processed so a re-delivery does not fail again.
        try
        {
            await _state.DialogState.DeleteAsync(turnContext, CancellationToken.None);
            await _state.Conversation.SaveChangesAsync(turnContext, force: false, CancellationToken.None);
        }
        catch (Exception clearFailure) when (clearFailure is not OutOfMemoryException)
        {
            DialogNotCleared(_logger, clearFailure.GetType().FullName, LogValue.Clean(activity.Id));
            await ReplyAsync(turnContext, CoachReplies.NotSaved);
            return;
        }

        await ReplyAsync(turnContext, CoachReplies.SomethingWentWrong);
    }

    /// <summary>Sends one line to the user; a failure to send is logged, never thrown.</summary>
    public async Task ReplyAsync(ITurnContext turnContext, string text)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            // The turn's own token may be the reason it failed; the reply has the connector's own deadline.
            await turnContext.SendActivityAsync(text, CancellationToken.None);
        }
        catch (Exception sendFailure) when (sendFailure is not OutOfMemoryException)
        {
            ApologyFailed(_logger, sendFailure.GetType().FullName, LogValue.Clean(turnContext.Activity.Id));
        }
    }

    [LoggerMessage(EventId = LogEventIds.TurnFailed, Level = LogLevel.Error,
        Message = "A {ActivityType} turn (activity {ActivityId}) failed with {ExceptionType}; dialog broken: {DialogBroken}; the user was told. Stack: {StackTrace}")]
    private static partial void TurnFailed(ILogger logger, string? exceptionType, string activityType, string activityId, bool dialogBroken, string? stackTrace);

    [LoggerMessage(EventId = LogEventIds.ApologyFailed, Level = LogLevel.Error,
        Message = "Could not tell the user about the failed turn (activity {ActivityId}): {ExceptionType}")]
    private static partial void ApologyFailed(ILogger logger, string? exceptionType, string activityId);

    [LoggerMessage(EventId = LogEventIds.DialogNotCleared, Level = LogLevel.Error,
        Message = "Could not end the broken dialog after the failed turn (activity {ActivityId}): {ExceptionType}")]
    private static partial void DialogNotCleared(ILogger logger, string? exceptionType, string activityId);
}
