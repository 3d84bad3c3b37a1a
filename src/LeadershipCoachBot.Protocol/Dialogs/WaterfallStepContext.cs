namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>What a waterfall step sees: the dialog's options and values, and the previous step's result.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was started with (a <c>JsonElement</c> after a reload; see <see cref="GetOptions{T}"/>).</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>
    /// The previous step's outcome: the child dialog's or prompt's result, the value given to
    /// <see cref="NextAsync"/>, or the user's reply: its text, or for a card submit (no text) its
    /// <c>value</c> as a <c>JsonElement</c>.
    /// </summary>
    public object? Result { get; }

    /// <summary>Values kept across this waterfall's steps. Prefer <see cref="GetValue{T}"/> and <see cref="SetValue{T}"/>.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>The result read as <typeparamref name="T"/> (for example a card submit as a typed record).</summary>
    public T? GetResult<T>() => StateValue.ConvertTo<T>(Result);

    public T? GetOptions<T>() => StateValue.ConvertTo<T>(Options);

    /// <summary>A value of <see cref="Values"/> as <typeparamref name="T"/>, before or after a storage round trip.</summary>
    public T? GetValue<T>(string key) => Values.GetValue<T>(key);

    public void SetValue<T>(string key, T? value) => Values.SetValue(key, value);

    /// <summary>Skips to the next step with <paramref name="result"/>; once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of waterfall '{_parent.Id}'; call it once per step.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
