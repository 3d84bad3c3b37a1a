using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using Xunit;

namespace LeadershipCoachBot.Testing;

/// <summary>
/// A scripted conversation: <c>new TestFlow(adapter, bot).Send("hi").AssertReply("Hello").StartTestAsync()</c>.
/// Steps run in order when <see cref="StartTestAsync"/> is awaited; turns complete before the next
/// step, so replies are checked without waiting.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly List<Func<CancellationToken, Task>> _steps = [];

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(callback);
        _adapter = adapter;
        _callback = callback;
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    public TestFlow Send(string text) => Send(() => _adapter.MakeActivity(text));

    public TestFlow Send(Activity activity) => Send(() => activity);

    /// <summary>Sends an Adaptive Card <c>Action.Submit</c>: a message with <paramref name="value"/> and no text.</summary>
    public TestFlow SendCardSubmit(object value) => Send(() =>
    {
        var activity = _adapter.MakeActivity();
        activity.Value = JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
        return activity;
    });

    public TestFlow AssertReply(string expectedText) =>
        AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    public TestFlow AssertReplyContains(string fragment) =>
        AssertReply(reply => Assert.Contains(fragment, reply.Text ?? string.Empty, StringComparison.Ordinal));

    public TestFlow AssertReply(Action<Activity> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        _steps.Add(_ =>
        {
            var reply = _adapter.GetNextReply();
            Assert.True(reply is not null, "The bot sent no (further) reply.");
            validate(reply!);
            return Task.CompletedTask;
        });
        return this;
    }

    public TestFlow AssertNoReply()
    {
        _steps.Add(_ =>
        {
            var reply = _adapter.GetNextReply();
            Assert.True(reply is null, $"Expected no reply but the bot sent '{reply?.Text}'.");
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Sends <paramref name="userSays"/> and expects <paramref name="expected"/> back.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken);
        }
    }

    private TestFlow Send(Func<Activity> createActivity)
    {
        _steps.Add(ct => _adapter.ProcessActivityAsync(createActivity(), _callback, ct));
        return this;
    }
}
