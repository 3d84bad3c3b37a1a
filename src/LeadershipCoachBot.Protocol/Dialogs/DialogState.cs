namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// The persisted dialog stack (<c>{"dialogStack": [...]}</c>). Index 0 is the top: the active dialog.
/// </summary>
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance> stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        DialogStack = stack;
    }

    public List<DialogInstance> DialogStack { get; set; } = [];
}
