using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryRegister_FirstTime_True_Repeat_False()
    {
        var deduplicator = Create();

        Assert.True(deduplicator.TryRegister(Activity("a:chat", "1")));
        Assert.False(deduplicator.TryRegister(Activity("a:chat", "1")));
    }

    [Fact]
    public void TryRegister_SameIdOtherConversation_True()
    {
        var deduplicator = Create();
        deduplicator.TryRegister(Activity("a:chat", "1"));

        Assert.True(deduplicator.TryRegister(Activity("a:other", "1")));
    }

    [Fact]
    public void TryRegister_AfterTheWindow_IsNewAgain()
    {
        var deduplicator = Create(window: TimeSpan.FromMinutes(5));
        deduplicator.TryRegister(Activity("a:chat", "1"));

        _time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(deduplicator.TryRegister(Activity("a:chat", "1")));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(deduplicator.TryRegister(Activity("a:chat", "1")));
    }

    [Fact]
    public void TryRegister_ExpiredEntries_AreForgotten()
    {
        var deduplicator = Create(window: TimeSpan.FromMinutes(1));
        deduplicator.TryRegister(Activity("a:chat", "1"));
        deduplicator.TryRegister(Activity("a:chat", "2"));

        _time.Advance(TimeSpan.FromMinutes(2));
        deduplicator.TryRegister(Activity("a:chat", "3"));

        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public void TryRegister_OverCapacity_ForgetsTheOldestFirst()
    {
        var deduplicator = Create(capacity: 2);
        deduplicator.TryRegister(Activity("a:chat", "1"));
        deduplicator.TryRegister(Activity("a:chat", "2"));
        deduplicator.TryRegister(Activity("a:chat", "3"));

        Assert.Equal(2, deduplicator.Count);
        Assert.False(deduplicator.TryRegister(Activity("a:chat", "3")));
        Assert.False(deduplicator.TryRegister(Activity("a:chat", "2")));
        Assert.True(deduplicator.TryRegister(Activity("a:chat", "1")));
    }

    [Theory]
    [InlineData(null, "1")]
    [InlineData("a:chat", null)]
    [InlineData("a:chat", "")]
    public void TryRegister_WithoutIds_AlwaysNew(string? conversationId, string? id)
    {
        var deduplicator = Create();

        Assert.True(deduplicator.TryRegister(Activity(conversationId, id)));
        Assert.True(deduplicator.TryRegister(Activity(conversationId, id)));
        Assert.Equal(0, deduplicator.Count);
    }

    private ActivityDeduplicator Create(TimeSpan? window = null, int capacity = 100) =>
        new(Options.Create(new CloudAdapterOptions
        {
            DuplicateActivityWindow = window ?? TimeSpan.FromMinutes(5),
            MaxRememberedActivities = capacity,
        }), _time);

    private static Activity Activity(string? conversationId, string? id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
    };
}
