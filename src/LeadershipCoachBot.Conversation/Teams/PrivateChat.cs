using LeadershipCoachBot.Protocol.Diagnostics;
using System.Net;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace LeadershipCoachBot.Conversation.Teams;

/// <summary>
/// Sends a message to the person who spoke, in their 1:1 chat with the coach, whatever
/// conversation the turn came from: a draft or its review never lands where others read it.
/// The chat is found (or started) through the connector's <c>CreateConversation</c>.
/// </summary>
public sealed partial class PrivateChat
{
    /// <summary>What to tell the person when Teams will not open the chat.</summary>
    public const string NotInstalled =
        "I could not message you privately: add Leadership Coach for yourself first (Apps, then Leadership Coach, then Add), then try again.";

    private readonly IConnectorClient _connector;
    private readonly ILogger<PrivateChat> _logger;

    public PrivateChat(IConnectorClient connector, ILogger<PrivateChat> logger)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(logger);
        _connector = connector;
        _logger = logger;
    }

    /// <summary>
    /// Sends <paramref name="message"/> to the turn's sender privately. False when Teams refuses to
    /// open the chat (the coach is not installed for that person); other failures throw.
    /// </summary>
    public async Task<bool> SendAsync(ITurnContext turnContext, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(message);
        var inbound = turnContext.Activity;
        if (inbound.From?.Id is not { Length: > 0 } userId || string.IsNullOrEmpty(inbound.ServiceUrl))
        {
            throw new InvalidOperationException("A private message needs the activity's from.id and serviceUrl.");
        }

        var tenantId = inbound.Conversation?.TenantId ?? inbound.GetChannelData<TeamsChannelData>().Tenant?.Id;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = inbound.Recipient,
            Members = [new ChannelAccount(userId)],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } }, ProtocolJson.Options),
        };

        ConversationResourceResponse chat;
        try
        {
            chat = await _connector.CreateConversationAsync(inbound.ServiceUrl, parameters, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            ChatRefused(_logger, (int)ex.StatusCode!.Value, ex.ErrorCode ?? "none");
            return false;
        }

        message.Type ??= ActivityTypes.Message;
        message.ChannelId = inbound.ChannelId;
        message.ServiceUrl = chat.ServiceUrl ?? inbound.ServiceUrl;
        message.Conversation = new ConversationAccount { Id = chat.Id, ConversationType = "personal", TenantId = tenantId };
        message.From = inbound.Recipient;
        message.Recipient = new ChannelAccount(userId, inbound.From.Name);
        message.ReplyToId = null;
        await _connector.SendToConversationAsync(message, cancellationToken);
        return true;
    }

    [LoggerMessage(EventId = LogEventIds.PrivateChatOpened, Level = LogLevel.Information,
        Message = "Teams refused to open the 1:1 chat ({StatusCode}, {ErrorCode}); the coach is probably not installed for the person. Nothing was sent.")]
    private static partial void ChatRefused(ILogger logger, int statusCode, string errorCode);
}
