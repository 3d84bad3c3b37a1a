namespace LeadershipCoachBot.Protocol.State;

/// <summary>A held <see cref="ConversationTurnLock"/> key; disposing releases it once.</summary>
internal sealed class TurnLockLease(Action release) : IAsyncDisposable
{
    private int _released;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            release();
        }

        return ValueTask.CompletedTask;
    }
}
