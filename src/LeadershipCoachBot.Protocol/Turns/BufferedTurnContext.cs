using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// A turn context that holds back what the bot sends, updates and deletes until
/// <see cref="FlushAsync"/>, so nothing reaches the user before the turn's state is saved; after a
/// failed save <see cref="Discard"/> drops it all and the user hears one honest reply instead.
/// Everything else (the activity, the turn state) is the inner context's.
/// </summary>
public sealed class BufferedTurnContext : ITurnContext
{
    private readonly ITurnContext _inner;
    private readonly List<Func<CancellationToken, Task>> _pending = [];
    private readonly Lock _gate = new();

    public BufferedTurnContext(ITurnContext inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    public BotAdapter Adapter => _inner.Adapter;

    public Activity Activity => _inner.Activity;

    public TurnContextStateCollection TurnState => _inner.TurnState;

    public bool Responded { get; private set; }

    public IReadOnlyList<Activity> BufferedReplyActivities => _inner.BufferedReplyActivities;

    /// <summary>How many sends, updates and deletes are held.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        (await SendActivitiesAsync([activity], cancellationToken))[0];

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var held = activities.ToList();
        if (held.Any(a => a is null))
        {
            throw new ArgumentException("An activity to send is null.", nameof(activities));
        }

        if (held.Any(a => a.Type is null or not ActivityTypes.Trace and not ActivityTypes.InvokeResponse))
        {
            Responded = true;
        }

        Hold(token => _inner.SendActivitiesAsync(held, token));
        return Task.FromResult(held.Select(_ => new ResourceResponse(null)).ToArray());
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Hold(token => _inner.UpdateActivityAsync(activity, token));
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        Hold(token => _inner.DeleteActivityAsync(activityId, token));
        return Task.CompletedTask;
    }

    /// <summary>Sends, updates and deletes what was held, in order, through the inner context.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        List<Func<CancellationToken, Task>> pending;
        lock (_gate)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        foreach (var operation in pending)
        {
            await operation(cancellationToken);
        }
    }

    /// <summary>Drops everything held: none of it reaches the user.</summary>
    public void Discard()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }

    private void Hold(Func<CancellationToken, Task> operation)
    {
        lock (_gate)
        {
            _pending.Add(operation);
        }
    }
}
