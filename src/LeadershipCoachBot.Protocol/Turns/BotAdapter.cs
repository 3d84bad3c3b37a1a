using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// Connects turns to a channel: sends what a turn says and runs the turn with an error boundary.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>Runs when a turn throws; the user should hear something and be able to go on.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the bot's callback for a turn; an exception goes to <see cref="OnTurnError"/> when set, a
    /// timeout included. Only the cancellation of the request itself (the caller went away) passes through.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(callback);
        try
        {
            await callback(turnContext, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            await OnTurnError(turnContext, ex);
        }
    }
}
