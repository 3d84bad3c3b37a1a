namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// One step of a <see cref="WaterfallDialog"/>. It returns <see cref="Dialog.EndOfTurn"/> to wait for
/// the user, starts a prompt or dialog (whose result becomes the next step's
/// <see cref="WaterfallStepContext.Result"/>), calls <see cref="WaterfallStepContext.NextAsync"/>, or ends the dialog.
/// </summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
