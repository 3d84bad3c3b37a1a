namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// Makes turns with the same key (a conversation) run one after another within this process, while
/// turns of other conversations run freely. Entries are reference-counted and removed when idle.
/// </summary>
public sealed class ConversationTurnLock
{
    private readonly Dictionary<string, TurnLockEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>How many keys are held or awaited right now.</summary>
    public int ActiveKeyCount
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Waits until no other holder has <paramref name="key"/>; dispose the result to let the next one in.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        TurnLockEntry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!))
            {
                entry = new TurnLockEntry();
                _entries[key] = entry;
            }

            entry.References++;
        }

        try
        {
            await entry.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Unreference(key, entry);
            throw;
        }

        return new TurnLockLease(() =>
        {
            entry.Semaphore.Release();
            Unreference(key, entry);
        });
    }

    private void Unreference(string key, TurnLockEntry entry)
    {
        lock (_gate)
        {
            if (--entry.References == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }
}
