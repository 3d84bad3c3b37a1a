using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// The context of one turn. Outgoing activities get their routing fields from the inbound one;
/// for <c>expectReplies</c> they are buffered instead of sent; an <c>invokeResponse</c> is kept
/// for the HTTP response rather than sent.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _buffered = [];
    private InvokeResponse? _invokeResponse;

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        Adapter = adapter;
        Activity = activity;
    }

    public BotAdapter Adapter { get; }

    public Activity Activity { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public bool Responded { get; private set; }

    public IReadOnlyList<Activity> BufferedReplyActivities => _buffered;

    /// <summary>The invoke response the bot set this turn, if any.</summary>
    public InvokeResponse? InvokeResponse => _invokeResponse;

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessageActivity(text), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse(null);
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity);
            activity.Type ??= ActivityTypes.Message;
            outgoing.Add(activity.ApplyConversationReference(reference));
        }

        var responses = new ResourceResponse[outgoing.Count];
        var toSend = new List<Activity>(outgoing.Count);
        var expectReplies = string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        for (var i = 0; i < outgoing.Count; i++)
        {
            var activity = outgoing[i];
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                _invokeResponse ??= activity.Value is { } body
                    ? body.Deserialize<InvokeResponse>(ProtocolJson.Options)
                    : new InvokeResponse { Status = 200 };
                responses[i] = new ResourceResponse(null);
                continue;
            }

            if (activity.Type != ActivityTypes.Trace)
            {
                Responded = true;
            }

            if (expectReplies)
            {
                if (activity.Type != ActivityTypes.Trace)
                {
                    _buffered.Add(activity);
                }

                responses[i] = new ResourceResponse(string.Empty);
            }
            else
            {
                toSend.Add(activity);
            }
        }

        if (toSend.Count > 0)
        {
            var sent = await Adapter.SendActivitiesAsync(this, toSend, cancellationToken);
            var next = 0;
            for (var i = 0; i < responses.Length; i++)
            {
                responses[i] ??= next < sent.Length ? sent[next++] : new ResourceResponse(null);
            }
        }

        return responses;
    }

    /// <summary>Sets the invoke response directly (only the first one counts).</summary>
    public void SetInvokeResponse(InvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        _invokeResponse ??= response;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(Activity.GetConversationReference());
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }
}
