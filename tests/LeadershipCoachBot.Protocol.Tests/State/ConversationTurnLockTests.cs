using LeadershipCoachBot.Protocol.State;

namespace LeadershipCoachBot.Protocol.Tests.State;

public sealed class ConversationTurnLockTests
{
    private readonly ConversationTurnLock _lock = new();

    [Fact]
    public async Task Acquire_SameKeyHeld_WaitsUntilReleased()
    {
        var first = await _lock.AcquireAsync("msteams/conversations/a:1");

        var second = _lock.AcquireAsync("msteams/conversations/a:1");
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var secondLease = await second;
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Acquire_DifferentKeys_DoNotWait()
    {
        await using var first = await _lock.AcquireAsync("msteams/conversations/a:1");

        var second = _lock.AcquireAsync("msteams/conversations/a:2");

        Assert.True(second.IsCompletedSuccessfully);
        await (await second).DisposeAsync();
    }

    [Fact]
    public async Task Release_LastHolder_RemovesTheKey()
    {
        var first = await _lock.AcquireAsync("k");
        var second = _lock.AcquireAsync("k");
        Assert.Equal(1, _lock.ActiveKeyCount);

        await first.DisposeAsync();
        await first.DisposeAsync();
        Assert.Equal(1, _lock.ActiveKeyCount);
        await (await second).DisposeAsync();

        Assert.Equal(0, _lock.ActiveKeyCount);
    }

    [Fact]
    public async Task Acquire_CancelledWhileWaiting_ThrowsAndLeavesNoEntry()
    {
        var first = await _lock.AcquireAsync("k");
        using var cancellation = new CancellationTokenSource();
        var waiting = _lock.AcquireAsync("k", cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await first.DisposeAsync();
        Assert.Equal(0, _lock.ActiveKeyCount);
        await (await _lock.AcquireAsync("k")).DisposeAsync();
    }
}
