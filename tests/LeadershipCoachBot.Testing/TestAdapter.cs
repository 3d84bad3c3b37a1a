using System.Globalization;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing.Cards;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Testing;

/// <summary>
/// An adapter for tests: turns run in-process, replies queue up for <see cref="GetNextReply"/>,
/// ids come from a counter and times from a <see cref="TimeProvider"/> (a fixed fake clock by default).
/// Every Adaptive Card sent or updated is kept by <see cref="AdaptiveCardRecorder"/>.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _queue = [];
    private readonly List<Activity> _sent = [];
    private int _nextActivityId;
    private int _nextReplyId;

    public TestAdapter(string channelId = "test", TimeProvider? timeProvider = null)
        : this(CreateConversation("Conversation1", channelId: channelId), timeProvider)
    {
    }

    public TestAdapter(ConversationReference conversation, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
        TimeProvider = timeProvider ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    }

    /// <summary>Where the test conversation happens: channel, conversation, user and bot accounts.</summary>
    public ConversationReference Conversation { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Whether <c>trace</c> activities reach the queue (off, as on real channels).</summary>
    public bool SendTraceActivity { get; set; }

    /// <summary>Replies not yet taken with <see cref="GetNextReply"/>, oldest first.</summary>
    public IReadOnlyList<Activity> ActiveQueue
    {
        get
        {
            lock (_gate)
            {
                return [.. _queue];
            }
        }
    }

    /// <summary>Everything the bot sent in this adapter's lifetime, oldest first.</summary>
    public IReadOnlyList<Activity> SentActivities
    {
        get
        {
            lock (_gate)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>A conversation like the SDK's test one: service <c>https://test.com</c>, locale <c>en-us</c>.</summary>
    public static ConversationReference CreateConversation(string name, string user = "User1", string bot = "Bot", string channelId = "test") => new()
    {
        ChannelId = channelId,
        ServiceUrl = "https://test.com",
        Conversation = new ConversationAccount { Id = name, Name = name, ConversationType = "personal" },
        User = new ChannelAccount(user.ToLowerInvariant(), user),
        Bot = new ChannelAccount(bot.ToLowerInvariant(), bot),
        Locale = "en-us",
    };

    /// <summary>A message from the user to the bot in this conversation.</summary>
    public Activity MakeActivity(string? text = null) => Complete(Activity.CreateMessageActivity(text));

    public Task SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>Runs one turn; missing routing fields of <paramref name="activity"/> are filled in from <see cref="Conversation"/>.</summary>
    public async Task<TurnContext> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        var turnContext = new TurnContext(this, Complete(activity));
        await RunPipelineAsync(turnContext, callback, cancellationToken);
        return turnContext;
    }

    /// <summary>The oldest reply not yet taken, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_gate)
        {
            if (_queue.Count == 0)
            {
                return null;
            }

            var reply = _queue[0];
            _queue.RemoveAt(0);
            return reply;
        }
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        cancellationToken.ThrowIfCancellationRequested();
        var responses = new ResourceResponse[activities.Count];
        lock (_gate)
        {
            for (var i = 0; i < activities.Count; i++)
            {
                var activity = activities[i];
                activity.Id ??= $"reply-{++_nextReplyId}";
                activity.Timestamp ??= TimeProvider.GetUtcNow();
                responses[i] = new ResourceResponse(activity.Id);
                if (activity.Type != ActivityTypes.Trace || SendTraceActivity)
                {
                    _queue.Add(activity);
                    _sent.Add(activity);
                }
            }
        }

        AdaptiveCardRecorder.RecordAll(activities);
        return Task.FromResult(responses);
    }

    /// <summary>Replaces the queued reply with the same id.</summary>
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var index = _queue.FindIndex(a => string.Equals(a.Id, activity.Id, StringComparison.Ordinal));
            if (index >= 0)
            {
                _queue[index] = activity;
            }

            _sent.Add(activity);
        }

        AdaptiveCardRecorder.RecordAll([activity]);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <summary>Removes the queued reply with the referenced id.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_gate)
        {
            _queue.RemoveAll(a => string.Equals(a.Id, reference.ActivityId, StringComparison.Ordinal));
        }

        return Task.CompletedTask;
    }

    private Activity Complete(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Locale ??= Conversation.Locale;
        activity.Id ??= (Interlocked.Increment(ref _nextActivityId)).ToString(CultureInfo.InvariantCulture);
        activity.Timestamp ??= TimeProvider.GetUtcNow();
        return activity;
    }
}
