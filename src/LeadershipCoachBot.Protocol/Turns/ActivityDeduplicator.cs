using LeadershipCoachBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// Remembers recent activities by conversation and activity id so a redelivered activity (Teams
/// retries after 15 seconds) runs once. Bounded in count and in time; in memory, per instance.
/// </summary>
public sealed class ActivityDeduplicator
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _order = new();
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _window;
    private readonly int _capacity;

    public ActivityDeduplicator(IOptions<CloudAdapterOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _window = options.Value.DuplicateActivityWindow;
        _capacity = options.Value.MaxRememberedActivities;
    }

    /// <summary>How many activities are remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiries.Count;
            }
        }
    }

    /// <summary>
    /// True the first time an activity is seen within the window; false for a repeat. Activities
    /// without an id or a conversation id cannot be recognised and always count as new.
    /// </summary>
    public bool TryRegister(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return true;
        }

        var key = string.Concat(activity.Conversation.Id, "\n", activity.Id);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            Forget(now);
            if (_expiries.ContainsKey(key))
            {
                return false;
            }

            var expires = now + _window;
            _expiries[key] = expires;
            _order.Enqueue((key, expires));
            while (_expiries.Count > _capacity && _order.TryDequeue(out var oldest))
            {
                Remove(oldest.Key, oldest.Expires);
            }

            return true;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && oldest.Expires <= now)
        {
            _order.Dequeue();
            Remove(oldest.Key, oldest.Expires);
        }
    }

    private void Remove(string key, DateTimeOffset expires)
    {
        if (_expiries.TryGetValue(key, out var current) && current == expires)
        {
            _expiries.Remove(key);
        }
    }
}
