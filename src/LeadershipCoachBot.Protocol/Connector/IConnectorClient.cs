using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API for one outgoing activity at a time. Each call addresses the
/// activity's own <c>serviceUrl</c> and <c>conversation.id</c>; creating a conversation addresses
/// the <c>serviceUrl</c> of the turn that asks for it.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c> (the activity's <c>id</c>).</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations</c> under <paramref name="serviceUrl"/>: starts (or finds) a conversation, such as a 1:1 chat with one user.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);
}
