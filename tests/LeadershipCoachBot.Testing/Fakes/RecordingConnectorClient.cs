using System.Collections.Concurrent;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Connector;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Testing.Fakes;

/// <summary>
/// An <see cref="IConnectorClient"/> that records every call instead of sending it. Activities are
/// copied through the wire JSON, so later changes to the originals do not show and what is
/// recorded is what would have been serialised.
/// </summary>
public sealed class RecordingConnectorClient : IConnectorClient
{
    public const string ReplyToActivity = nameof(ReplyToActivity);
    public const string SendToConversation = nameof(SendToConversation);
    public const string UpdateActivity = nameof(UpdateActivity);
    public const string DeleteActivity = nameof(DeleteActivity);
    public const string CreateConversation = nameof(CreateConversation);

    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<ConversationParameters> _createdConversations = new();
    private int _nextId;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The parameters of each <c>CreateConversation</c> call, in order.</summary>
    public IReadOnlyList<ConversationParameters> CreatedConversations => [.. _createdConversations];

    /// <summary>When set, <c>CreateConversation</c> throws it (a user who never installed the bot personally gets 403).</summary>
    public Exception? CreateConversationFailure { get; set; }

    /// <summary>The activities posted to a conversation (replies and new messages), in order.</summary>
    public IReadOnlyList<Activity> SentActivities =>
        [.. _calls.Where(c => c.Operation is ReplyToActivity or SendToConversation).Select(c => c.Activity!)];

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(Record(ReplyToActivity, activity));

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(Record(SendToConversation, activity));

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) =>
        Task.FromResult(Record(UpdateActivity, activity));

    public Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _calls.Enqueue(new ConnectorCall(DeleteActivity, null, Copy(reference)));
        return Task.CompletedTask;
    }

    /// <summary>Records the call and answers with the conversation <c>personal-{first member id}</c>.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        _calls.Enqueue(new ConnectorCall(CreateConversation, null, null));
        if (CreateConversationFailure is { } failure)
        {
            return Task.FromException<ConversationResourceResponse>(failure);
        }

        _createdConversations.Enqueue(Copy(parameters));
        var member = parameters.Members is [{ Id: { } id }, ..] ? id : "nobody";
        return Task.FromResult(new ConversationResourceResponse($"personal-{member}", null, serviceUrl));
    }

    private ResourceResponse Record(string operation, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _calls.Enqueue(new ConnectorCall(operation, Copy(activity), null));
        return new ResourceResponse($"sent-{Interlocked.Increment(ref _nextId)}");
    }

    private static T Copy<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, ProtocolJson.Options), ProtocolJson.Options)!;
}
