using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The base of every goal dialog: at every step the user can say <c>help</c> (this dialog's help
/// line, then the current question again, progress kept), <c>cancel</c>/<c>stop</c>/<c>quit</c>/<c>never mind</c>
/// (ends all dialogs and offers what to do next) or <c>start over</c>/<c>restart</c> (this dialog again from its first step).
/// </summary>
public abstract class CoachingDialog : ComponentDialog
{
    public const string CancelledMessage = "OK, I've stopped here. What would you like to do next?";
    public const string StartingOverMessage = "Starting over.";

    /// <summary>The line that follows a choice question asked again.</summary>
    public const string ChoiceRetry = "Pick one of the buttons, or type its number or its words; or say cancel to stop.";

    private const string StartOptionsKey = "startOptions";

    protected CoachingDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>One or two short sentences: what this dialog is doing and what the user can answer.</summary>
    protected abstract string HelpText { get; }

    protected override Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        OwnState(innerDc).SetValue(StartOptionsKey, options);
        return base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        switch (CoachingCommands.Recognize(innerDc.Context.Activity))
        {
            case CoachingCommand.Help:
                await innerDc.Context.SendActivityAsync(HelpText, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;

            case CoachingCommand.Cancel:
                var stopped = Activity.CreateMessageActivity();
                stopped.Attachments = [OffersCard.Create(CancelledMessage, CoachOffer.Everything)];
                await innerDc.Context.SendActivityAsync(stopped, cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);

            case CoachingCommand.StartOver:
                await innerDc.Context.SendActivityAsync(StartingOverMessage, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await OnBeginDialogAsync(innerDc, OwnState(innerDc).GetValue<object>(StartOptionsKey), cancellationToken);

            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>This dialog's own instance state, on the stack that holds it.</summary>
    private static IDictionary<string, object> OwnState(DialogContext innerDc) =>
        innerDc.Parent?.ActiveDialog?.State
        ?? throw new InvalidOperationException("A coaching dialog must run on a dialog stack; start it with DialogContext.BeginDialogAsync.");
}
