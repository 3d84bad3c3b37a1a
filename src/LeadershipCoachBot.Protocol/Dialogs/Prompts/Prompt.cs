using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Asks the user for one value and ends with it. A reply that is not recognised (or that the
/// validator rejects) gets the retry prompt, until <see cref="PromptOptions.MaxAttempts"/> is
/// reached; then the prompt ends with a null result.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' needs PromptOptions; start it with DialogContext.PromptAsync.", nameof(options));
        }

        var instance = dc.ActiveDialog!;
        instance.State[PromptStateKeys.Options] = promptOptions;
        var state = new Dictionary<string, object>(StringComparer.Ordinal) { [PromptStateKeys.AttemptCount] = 0 };
        instance.State[PromptStateKeys.State] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!string.Equals(dc.Context.Activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return EndOfTurn;
        }

        var (state, options) = ReadState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempts = state.GetValue<int>(PromptStateKeys.AttemptCount) + 1;
        state[PromptStateKeys.AttemptCount] = attempts;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken);
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog started above the prompt returned: ask again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = ReadState(instance);
        await OnPromptAsync(turnContext, state, options, isRetry: false, cancellationToken);
    }

    /// <summary>Sends the prompt, or on a retry the retry prompt when there is one.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(PromptActivity.Copy(activity), cancellationToken);
        }
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken);

    private static (IDictionary<string, object> State, PromptOptions Options) ReadState(DialogInstance instance)
    {
        var options = StateValue.GetOrCreate(instance.State, PromptStateKeys.Options, () => new PromptOptions());
        var state = StateValue.GetOrCreateDictionary(instance.State, PromptStateKeys.State);
        return (state, options);
    }
}
