using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>
/// Runs its steps in order, one user reply or child result at a time. State:
/// <c>options</c>, <c>values</c>, <c>instanceId</c>, <c>stepIndex</c>.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string InstanceIdKey = "instanceId";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
    }

    public int StepCount => _steps.Count;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        state.SetValue(OptionsKey, options);
        state[ValuesKey] = new Dictionary<string, object>(StringComparer.Ordinal);
        state[InstanceIdKey] = Guid.NewGuid().ToString();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message moves to the next step with its text (or, for a card submit, its value); other activities wait.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (!string.Equals(activity.Type, ActivityTypes.Message, StringComparison.Ordinal))
        {
            return EndOfTurn;
        }

        object? reply = CardSubmit.IsCardSubmit(activity) ? activity.Value : activity.Text;
        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, reply, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = ActiveState(dc).GetValue<int>(StepIndexKey);
        return await RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to observe steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        var values = StateValue.GetOrCreateDictionary(state, ValuesKey);
        var stepContext = new WaterfallStepContext(this, dc, state.TryGetValue(OptionsKey, out var options) ? options : null, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }

    private IDictionary<string, object> ActiveState(DialogContext dc) =>
        dc.ActiveDialog?.State
        ?? throw new InvalidOperationException($"Waterfall '{Id}' ran with an empty dialog stack; start it with DialogContext.BeginDialogAsync.");
}
