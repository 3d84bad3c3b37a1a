namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>A clock whose first reading fails; every later one returns <paramref name="now"/>.</summary>
internal sealed class ThrowOnceTimeProvider(DateTimeOffset now) : TimeProvider
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public override DateTimeOffset GetUtcNow() =>
        Interlocked.Increment(ref _calls) == 1
            ? throw new InvalidOperationException("The clock could not be read.")
            : now;
}
