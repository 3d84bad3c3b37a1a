using System.Text.Json;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Testing;

/// <summary>
/// Drives one dialog turn by turn as the root of a conversation, with its stack in
/// <see cref="ConversationState"/> over <see cref="MemoryStorage"/>: each turn continues the
/// dialog (or starts it when the stack is empty) and then saves, so every turn reloads the stack
/// through JSON as in production. If a turn throws, nothing is saved and the exception propagates.
/// </summary>
public sealed class DialogTestClient
{
    private readonly Dialog _targetDialog;
    private readonly object? _initialDialogOptions;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(testAdapter);
        ArgumentNullException.ThrowIfNull(targetDialog);
        Adapter = testAdapter;
        _targetDialog = targetDialog;
        _initialDialogOptions = initialDialogOptions;
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        _dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
    }

    public TestAdapter Adapter { get; }

    public ConversationState ConversationState { get; }

    /// <summary>The dialog context of the last turn.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>What the last turn ended with (status, and the result when the dialog completed).</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends a message; returns the first reply (the rest via <see cref="GetNextReply"/>).</summary>
    public Task<Activity?> SendActivityAsync(string text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends a message; returns the first reply as <see cref="Activity"/> or as its <see cref="AdaptiveCard"/>.</summary>
    public async Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class
    {
        await RunTurnAsync(Adapter.MakeActivity(text), cancellationToken);
        return GetNextReply<T>();
    }

    public async Task<Activity?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await RunTurnAsync(activity, cancellationToken);
        return GetNextReply();
    }

    /// <summary>Sends what Teams sends for an Adaptive Card <c>Action.Submit</c>: a message whose <c>value</c> is <paramref name="value"/> and that has no text.</summary>
    public Task<Activity?> SendCardSubmitAsync(object value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        var activity = Adapter.MakeActivity();
        activity.Value = JsonSerializer.SerializeToElement(value, ProtocolJson.Options);
        return SendActivityAsync(activity, cancellationToken);
    }

    public Activity? GetNextReply() => Adapter.GetNextReply();

    /// <summary>The next reply as <see cref="Activity"/>, or its first Adaptive Card as <see cref="AdaptiveCard"/>.</summary>
    public T? GetNextReply<T>()
        where T : class
    {
        var reply = Adapter.GetNextReply();
        if (reply is null || reply is T)
        {
            return reply as T;
        }

        if (typeof(T) == typeof(AdaptiveCard))
        {
            var attachment = reply.Attachments?.FirstOrDefault(a => a.ContentType == AdaptiveCard.ContentType)
                ?? throw new InvalidOperationException($"The reply '{reply.Text}' carries no Adaptive Card.");
            return attachment.Content!.Value.Deserialize<T>(AdaptiveCardJson.Options);
        }

        throw new NotSupportedException($"Replies can be read as Activity or AdaptiveCard, not {typeof(T).Name}.");
    }

    /// <summary>Takes every reply still queued.</summary>
    public IReadOnlyList<Activity> GetReplies()
    {
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private Task<TurnContext> RunTurnAsync(Activity activity, CancellationToken cancellationToken) =>
        Adapter.ProcessActivityAsync(activity, async (turnContext, ct) =>
        {
            var dialogSet = new DialogSet(_dialogState).Add(_targetDialog);
            DialogContext = await dialogSet.CreateContextAsync(turnContext, ct);
            DialogTurnResult = await DialogContext.ContinueDialogAsync(ct);
            if (DialogTurnResult.Status == DialogTurnStatus.Empty)
            {
                DialogTurnResult = await DialogContext.BeginDialogAsync(_targetDialog.Id, _initialDialogOptions, ct);
            }

            await ConversationState.SaveChangesAsync(turnContext, force: false, ct);
        }, cancellationToken);
}
