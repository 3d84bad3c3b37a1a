using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class DeadlineStorageTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Read_StoreNeverAnswers_FailsWithTimeoutAtTheDeadline()
    {
        var storage = new DeadlineStorage(new SilentStorage(), TimeSpan.FromSeconds(3), _time);

        var read = storage.ReadAsync(["k"]);
        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.False(read.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => read);
        Assert.Contains("Bot:StorageTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_CallerCancels_StaysCancellation()
    {
        var storage = new DeadlineStorage(new SilentStorage(), TimeSpan.FromSeconds(3), _time);
        using var caller = new CancellationTokenSource();

        var write = storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = [] }, caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
    }

    [Fact]
    public async Task Calls_WithinTheDeadline_PassThrough()
    {
        var inner = new MemoryStorage();
        var storage = new DeadlineStorage(inner, TimeSpan.FromSeconds(3), _time);

        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["v"] = 1 } });
        var read = await storage.ReadAsync(["k"]);
        await storage.DeleteAsync(["k"]);

        Assert.Equal(1, read["k"]["v"]!.GetValue<int>());
        Assert.Empty(await inner.ReadAsync(["k"]));
    }

    /// <summary>A store that takes every call and never finishes it.</summary>
    private sealed class SilentStorage : IStorage
    {
        public Task<IDictionary<string, JsonObject>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            new TaskCompletionSource<IDictionary<string, JsonObject>>().Task;

        public Task WriteAsync(IDictionary<string, JsonObject> changes, CancellationToken cancellationToken = default) =>
            new TaskCompletionSource().Task;

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            new TaskCompletionSource().Task;
    }
}
