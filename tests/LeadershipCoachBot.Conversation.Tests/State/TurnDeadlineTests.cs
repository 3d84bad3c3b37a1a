using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Conversation.Tests.State;

/// <summary>The turn pipeline's deadline on a fake clock: a turn that does not finish is abandoned, unsaved, with one honest reply.</summary>
public sealed class TurnDeadlineTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task TurnThatNeverFinishes_IsAbandonedAtTheDeadline_NothingSaved_OneReply()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time).AddSingleton<IStorage>(_storage).AddCoachConversation().BuildServiceProvider();
        var pipeline = services.GetRequiredService<StatefulTurn>();
        var adapter = new TestAdapter("msteams", _time);
        var turnContext = new TurnContext(adapter, adapter.MakeActivity("triage"));
        var started = new TaskCompletionSource();

        var run = pipeline.RunAsync(turnContext, async (context, token) =>
        {
            await context.SendActivityAsync("a question that must not go out", token);
            started.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, CancellationToken.None);
        await started.Task;
        Assert.False(run.IsCompleted);
        _time.Advance(new CloudAdapterOptions().TurnTimeout);
        await run;

        Assert.Equal(CoachReplies.NotSaved, Assert.Single(adapter.SentActivities).Text);
        Assert.Empty(await _storage.ReadAsync(["msteams/conversations/Conversation1"]));
    }
}
