using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>The dialogs that can be started by id, and where their stack is kept.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>A set whose stack is the <paramref name="dialogState"/> property (usually of ConversationState).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>A set whose stack lives in a parent dialog's state (as in <see cref="ComponentDialog"/>).</summary>
    public DialogSet()
    {
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Adds a dialog. Adding the same instance twice is allowed; a different dialog with a taken id is not.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (!ReferenceEquals(existing, dialog))
            {
                throw new ArgumentException($"A different dialog with id '{dialog.Id}' is already in this set; give each dialog a unique id.", nameof(dialog));
            }

            return this;
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Loads (or creates) this conversation's stack and returns a context over it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a DialogState accessor; construct it with conversationState.CreateProperty<DialogState>(\"DialogState\").");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken)
            ?? throw new InvalidOperationException($"The state property '{_dialogState.Name}' returned no DialogState.");
        return new DialogContext(this, turnContext, state);
    }
}
