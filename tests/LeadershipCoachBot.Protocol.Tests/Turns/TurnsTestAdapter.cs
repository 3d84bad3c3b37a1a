using System.Security.Claims;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using LeadershipCoachBot.Testing.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

/// <summary>A real <see cref="CloudAdapter"/> over a recording connector, anonymous authentication and a fake clock.</summary>
internal sealed class TurnsTestAdapter
{
    public TurnsTestAdapter(CloudAdapterOptions? options = null)
    {
        var wrapped = Options.Create(options ?? new CloudAdapterOptions());
        Adapter = new CloudAdapter(
            Authentication, Connector, wrapped, Time, NullLogger<CloudAdapter>.Instance);
    }

    public RecordingConnectorClient Connector { get; } = new();

    public FakeBotFrameworkAuthentication Authentication { get; } = FakeBotFrameworkAuthentication.Anonymous();

    public FakeTimeProvider Time { get; } = new();

    public CloudAdapter Adapter { get; }

    public Task<InvokeResponse?> RunAsync(IBot bot, Activity activity, CancellationToken cancellationToken = default) =>
        Adapter.ProcessActivityAsync(new ClaimsIdentity(), activity, bot.OnTurnAsync, cancellationToken);

    public static Activity Inbound(string type, string? id = "act-1") => new()
    {
        Type = type,
        Id = id,
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount("29:user", "Alex Wilber"),
        Recipient = new ChannelAccount("28:bot", "Leadership Coach"),
        Conversation = new ConversationAccount { Id = "a:chat" },
    };
}
