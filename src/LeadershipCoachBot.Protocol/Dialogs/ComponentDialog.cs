using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// A dialog made of dialogs: it runs its own stack (kept in its state under <c>dialogs</c>) and ends
/// when that stack finishes. Override <see cref="OnContinueDialogAsync"/> to handle interruptions.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStateKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog started first; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var innerDc = CreateInnerDc(dc, instance);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await CompleteTurnAsync(dc, instance, turnResult, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = ActiveInstance(dc);
        var innerDc = CreateInnerDc(dc, instance);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await CompleteTurnAsync(dc, instance, turnResult, cancellationToken);
    }

    /// <summary>A dialog pushed above this one returned: ask again for what the inner stack waits for.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, ActiveInstance(dc), cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Starts the initial dialog on the inner stack.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId
            ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs; call AddDialog in its constructor.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to intercept the user's turn first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>The inner stack finished: end this dialog on the outer stack with its result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> CompleteTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // The inner stack may have cancelled this dialog too (cancelParents): then nothing is left to end.
        if (!ReferenceEquals(outerDc.ActiveDialog, instance))
        {
            return turnResult;
        }

        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken);
    }

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance) =>
        new(Dialogs, outerDc, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance) =>
        StateValue.GetOrCreate(instance.State, InnerStateKey, () => new DialogState());

    private DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog
        ?? throw new InvalidOperationException($"ComponentDialog '{Id}' ran with an empty dialog stack; start it with DialogContext.BeginDialogAsync.");
}
