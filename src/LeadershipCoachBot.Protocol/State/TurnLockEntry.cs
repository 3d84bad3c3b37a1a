namespace LeadershipCoachBot.Protocol.State;

/// <summary>A key's semaphore in <see cref="ConversationTurnLock"/> and how many holders and waiters use it.</summary>
internal sealed class TurnLockEntry
{
    public SemaphoreSlim Semaphore { get; } = new(1, 1);

    public int References { get; set; }
}
