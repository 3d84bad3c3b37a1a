using System.Security.Claims;
using System.Text.Json;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Connector;
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

    /// <summary>The clock every part of the bot reads; advance it to make time pass.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 14, 0, 0, TimeSpan.Zero));

    public CoachBotHarness(IStorage? storage = null, Action<IServiceCollection>? configure = null)
    {
        var options = Options.Create(new CloudAdapterOptions());
        var time = Time;
        _adapter = new CloudAdapter(FakeBotFrameworkAuthentication.Anonymous(), _connector, options, time, NullLogger<CloudAdapter>.Instance);
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(storage ?? new MemoryStorage())
            .AddSingleton<IConnectorClient>(_connector)
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

    /// <summary>The connector the coach sends through: private chats it opened, messages it posted.</summary>
    public RecordingConnectorClient Connector => _connector;

    /// <summary>
    /// Sends an invoke and returns its response body as JSON (null when it has none) with what was
    /// posted meanwhile. Cards in a dialog or inserted into the compose box are recorded for validation.
    /// </summary>
    public async Task<(int Status, JsonElement? Body, IReadOnlyList<Activity> Sent)> InvokeAsync(string name, string valueJson, string conversationType = "personal")
    {
        var activity = Inbound(ActivityTypes.Invoke);
        activity.Name = name;
        activity.Value = JsonDocument.Parse(valueJson).RootElement.Clone();
        activity.Conversation = new ConversationAccount { Id = conversationType == "personal" ? "a:chat" : "19:shared@thread.v2", ConversationType = conversationType, TenantId = "tenant-1" };
        var before = _connector.SentActivities.Count;
        var response = await _adapter.ProcessActivityAsync(new ClaimsIdentity(), activity, _bot.OnTurnAsync);
        var sent = _connector.SentActivities.Skip(before).ToList();
        AdaptiveCardRecorder.RecordAll(sent);
        JsonElement? body = response?.Body is { } value ? JsonSerializer.SerializeToElement(value, value.GetType(), ProtocolJson.Options) : null;
        if (body is { } json)
        {
            RecordCards(json);
        }

        return (response?.Status ?? 0, body, sent);
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

    private static void RecordCards(JsonElement body)
    {
        if (body.TryGetProperty("task", out var task) && task.TryGetProperty("value", out var info)
            && info.ValueKind == JsonValueKind.Object && info.TryGetProperty("card", out var card))
        {
            AdaptiveCardRecorder.Record(card.Deserialize<Attachment>(ProtocolJson.Options)!);
        }

        if (body.TryGetProperty("composeExtension", out var result) && result.TryGetProperty("attachments", out var attachments))
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                AdaptiveCardRecorder.Record(attachment.Deserialize<Attachment>(ProtocolJson.Options)!);
            }
        }
    }

    public static bool IsWelcomeCard(Activity activity) =>
        activity.Attachments is [{ ContentType: "application/vnd.microsoft.card.adaptive", Content: { } card }]
        && card.GetProperty("body")[0].GetProperty("text").GetString() == WelcomeCard.Title;
}
