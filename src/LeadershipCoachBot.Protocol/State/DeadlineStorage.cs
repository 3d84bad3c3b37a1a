using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.Diagnostics;

namespace LeadershipCoachBot.Protocol.State;

/// <summary>
/// Gives every storage call a deadline: a read, write or delete that has not finished within
/// <c>timeout</c> is abandoned and fails with <see cref="TimeoutException"/> (which the turn pipeline
/// handles like any storage failure), so a storage endpoint that accepts connections and never
/// answers cannot hold a turn past the channel's wait. Cancellation by the caller stays cancellation.
/// </summary>
public sealed class DeadlineStorage : IStorage
{
    private readonly IStorage _inner;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _timeProvider;

    public DeadlineStorage(IStorage inner, TimeSpan timeout, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _inner = inner;
        _timeout = timeout;
        _timeProvider = timeProvider;
    }

    public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        WithDeadlineAsync(token => _inner.ReadAsync(keys, token), "read", cancellationToken);

    public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
        WithDeadlineAsync(async token => { await _inner.WriteAsync(changes, token); return true; }, "write", cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        WithDeadlineAsync(async token => { await _inner.DeleteAsync(keys, token); return true; }, "delete", cancellationToken);

    private async Task<T> WithDeadlineAsync<T>(Func<CancellationToken, Task<T>> call, string operation, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = "ok";
        using var deadline = new CancellationTokenSource(_timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var task = call(linked.Token);
        try
        {
            // WaitAsync ends the wait at the deadline even when the store ignores its token.
            return await task.WaitAsync(linked.Token);
        }
        catch (ETagConflictException)
        {
            outcome = "conflict";
            BotTelemetry.ETagConflicts.Add(1);
            throw;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            outcome = "timeout";
            BotTelemetry.StorageFailures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new TimeoutException($"Storage did not finish a {operation} within {_timeout.TotalMilliseconds:0} ms (Bot:StorageTimeout).");
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = "failed";
            BotTelemetry.StorageFailures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
            throw;
        }
        finally
        {
            BotTelemetry.StorageDuration.Record(BotTelemetry.ElapsedMs(started),
                new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
