using System.Security.Claims;
using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing.Cards;
using LeadershipCoachBot.Testing.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Conversation.Tests;

/// <summary>Runs <see cref="CoachBot"/> turns through a real adapter and returns what the coach sent.</summary>
internal sealed class CoachBotHarness
{
    public const string BotId = "28:bot";

    private readonly RecordingConnectorClient _connector = new();
    private readonly CloudAdapter _adapter;
    private readonly IBot _bot;
    private int _nextId;

    public CoachBotHarness(IStorage? storage = null, Action<IServiceCollection>? configure = null)
    {
        var options = Options.Create(new CloudAdapterOptions());
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero));
        _adapter = new CloudAdapter(FakeBotFrameworkAuthentication.Anonymous(), _connector, options, time, NullLogger<CloudAdapter>.Instance);
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(storage ?? new MemoryStorage())
            .AddCoachConversation();
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        _bot = services.GetRequiredService<IBot>();
        _adapter.OnTurnError = services.GetRequiredService<TurnErrorBoundary>().OnTurnErrorAsync;
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var before = _connector.SentActivities.Count;
        await _adapter.ProcessActivityAsync(new ClaimsIdentity(), activity, _bot.OnTurnAsync);
        var sent = _connector.SentActivities.Skip(before).ToList();
        AdaptiveCardRecorder.RecordAll(sent);
        return sent;
    }

    public Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = Inbound(ActivityTypes.Message);
        activity.Text = text;
        return SendAsync(activity);
    }

    public Task<IReadOnlyList<Activity>> PressAsync(object data)
    {
        var activity = Inbound(ActivityTypes.Message);
        activity.Value = JsonSerializer.SerializeToElement(data);
        return SendAsync(activity);
    }

    public Activity Inbound(string type) => new()
    {
        Type = type,
        Id = $"act-{Interlocked.Increment(ref _nextId)}",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount("29:user", "Alex Wilber"),
        Recipient = new ChannelAccount(BotId, "Leadership Coach"),
        Conversation = new ConversationAccount { Id = "a:chat", ConversationType = "personal" },
    };

    public static bool IsWelcomeCard(Activity activity) =>
        activity.Attachments is [{ ContentType: "application/vnd.microsoft.card.adaptive", Content: { } card }]
        && card.GetProperty("body")[0].GetProperty("text").GetString() == WelcomeCard.Title;
}
