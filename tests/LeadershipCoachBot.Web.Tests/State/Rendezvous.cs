namespace LeadershipCoachBot.Web.Tests.State;

/// <summary>
/// Holds turns at a point until a number of parties have arrived, so that two turns overlap by
/// construction rather than by timing. Only while armed; once open it stays open.
/// </summary>
internal sealed class Rendezvous(int parties)
{
    // Only a guard against a hang when a party never comes: the test then fails instead of stalling.
    private static readonly TimeSpan Abandon = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;
    private volatile bool _armed;

    public bool IsArmed => _armed;

    public int Arrived => Volatile.Read(ref _arrived);

    public void Arm() => _armed = true;

    public void Disarm() => _armed = false;

    public void Arrive()
    {
        if (Interlocked.Increment(ref _arrived) >= parties)
        {
            _open.TrySetResult();
        }
    }

    public Task WaitAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(Abandon, cancellationToken);
}
