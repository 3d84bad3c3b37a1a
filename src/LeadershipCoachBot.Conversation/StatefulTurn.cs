using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The turn pipeline: the whole life of a turn in one place. Inside the conversation's lock it reads
/// the conversation state, drops an activity the conversation already processed (a re-delivery, on
/// this instance or another), runs the bot within <see cref="CloudAdapterOptions.TurnTimeout"/> with
/// its replies held back, saves the state (only if it changed, with its eTag), and only then sends
/// the replies. <c>forget me</c> (and the channel's <c>deleteUserData</c>), and the yes or no to its
/// question, go to <see cref="ForgetMe"/> instead of the bot, whatever flow is in progress. When the state cannot be read or saved, or the turn runs out of time, nothing the
/// bot said goes out, nothing is saved (so the dialog stays where it was) and the user gets one
/// honest reply; when the bot itself fails, <see cref="TurnErrorBoundary"/> ends the broken dialog.
/// </summary>
public sealed partial class StatefulTurn
{
    private readonly CoachState _state;
    private readonly ConversationTurnLock _turnLock;
    private readonly TurnErrorBoundary _errorBoundary;
    private readonly ForgetMe _forgetMe;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _turnTimeout;
    private readonly ILogger<StatefulTurn> _logger;

    public StatefulTurn(
        CoachState state,
        ConversationTurnLock turnLock,
        TurnErrorBoundary errorBoundary,
        ForgetMe forgetMe,
        IOptions<CloudAdapterOptions> options,
        TimeProvider timeProvider,
        ILogger<StatefulTurn> logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(turnLock);
        ArgumentNullException.ThrowIfNull(errorBoundary);
        ArgumentNullException.ThrowIfNull(forgetMe);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _state = state;
        _turnLock = turnLock;
        _errorBoundary = errorBoundary;
        _forgetMe = forgetMe;
        _timeProvider = timeProvider;
        _turnTimeout = options.Value.TurnTimeout;
        _logger = logger;
    }

    public async Task RunAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(turn);
        var type = LogValue.Clean(turnContext.Activity.Type);
        using var span = BotTelemetry.Source.StartActivity("bot.turn");
        span?.SetTag("bot.activity.type", type);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = await RunPipelineAsync(turnContext, turn, cancellationToken);
        span?.SetTag("bot.turn.outcome", outcome);
        var tags = new[] { new KeyValuePair<string, object?>("activity.type", type), new KeyValuePair<string, object?>("outcome", outcome) };
        BotTelemetry.Turns.Add(1, tags);
        BotTelemetry.TurnDuration.Record(BotTelemetry.ElapsedMs(started), tags);
    }

    private async Task<string> RunPipelineAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> turn, CancellationToken cancellationToken)
    {
        var buffered = new BufferedTurnContext(turnContext);
        using var deadline = new CancellationTokenSource(_turnTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var phase = TurnPhase.State;
        try
        {
            await using (await _turnLock.AcquireAsync(_state.Conversation.GetStorageKey(turnContext), linked.Token))
            {
                if (IsRemembered(turnContext.Activity.Type))
                {
                    await _state.Conversation.LoadAsync(buffered, force: false, linked.Token);
                }

                if (IsRemembered(turnContext.Activity.Type) && !await _state.MarkProcessedAsync(buffered, linked.Token))
                {
                    DuplicateSkipped(_logger, LogValue.Clean(turnContext.Activity.Type), LogValue.Clean(turnContext.Activity.Id), LogValue.Hash(turnContext.Activity.Conversation?.Id));
                    return "duplicate";
                }

                if (ForgetMe.IsRequest(turnContext.Activity))
                {
                    await _forgetMe.HandleAsync(buffered, linked.Token);
                }
                else if (!await _forgetMe.TryAnswerAsync(buffered, linked.Token))
                {
                    phase = TurnPhase.Bot;
                    await turn(buffered, linked.Token);
                    phase = TurnPhase.State;
                }

                await _state.Conversation.SaveChangesAsync(buffered, force: false, linked.Token);
            }
        }
        catch (ETagConflictException) when (phase == TurnPhase.State)
        {
            buffered.Discard();
            StateConflict(_logger, LogValue.Clean(turnContext.Activity.Id));
            await _errorBoundary.ReplyAsync(turnContext, CoachReplies.MessagesCrossed);
            return "conflict";
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            buffered.Discard();
            var timedOut = exception is OperationCanceledException && deadline.IsCancellationRequested;
            var dialogBroken = phase == TurnPhase.Bot && !timedOut && !IsStorageFault(exception);
            await _errorBoundary.OnTurnFailedAsync(turnContext, exception, dialogBroken);
            return dialogBroken ? "bot_failed" : "not_saved";
        }

        return await FlushAsync(buffered, cancellationToken) ? "ok" : "reply_failed";
    }

    /// <summary>
    /// Activities whose handling the conversation remembers, so a re-delivery is dropped: what the
    /// coach answers or acts on. Invokes are answered in their own HTTP response and always run;
    /// typing, reactions and the like change nothing and read nothing.
    /// </summary>
    private static bool IsRemembered(string? type) => type is ActivityTypes.Message or ActivityTypes.ConversationUpdate
        or ActivityTypes.InstallationUpdate or ActivityTypes.Event or ActivityTypes.DeleteUserData;

    /// <summary>A failure of the store rather than of the bot: the dialog it was in is fine.</summary>
    private static bool IsStorageFault(Exception exception) => exception is TimeoutException or ETagConflictException;

    private async Task<bool> FlushAsync(BufferedTurnContext buffered, CancellationToken cancellationToken)
    {
        try
        {
            await buffered.FlushAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not OutOfMemoryException)
        {
            // The state is saved; the channel would not take the reply, so an apology cannot reach the user either.
            RepliesNotDelivered(_logger, exception.GetType().Name, LogValue.Clean(buffered.Activity.Id));
            return false;
        }
    }

    [LoggerMessage(EventId = LogEventIds.StateConflict, Level = LogLevel.Warning,
        Message = "Activity {ActivityId} lost a race to save conversation state; the other turn's state stands and the user was asked to resend.")]
    private static partial void StateConflict(ILogger logger, string activityId);

    [LoggerMessage(EventId = LogEventIds.DuplicateSkipped, Level = LogLevel.Information,
        Message = "Skipped repeated {ActivityType} activity {ActivityId} in conversation {ConversationHash}")]
    private static partial void DuplicateSkipped(ILogger logger, string activityType, string activityId, string conversationHash);

    [LoggerMessage(EventId = LogEventIds.RepliesNotDelivered, Level = LogLevel.Error,
        Message = "The state of activity {ActivityId} was saved but its replies could not be delivered: {ExceptionType}")]
    private static partial void RepliesNotDelivered(ILogger logger, string exceptionType, string activityId);

    private enum TurnPhase
    {
        State,
        Bot,
    }
}
