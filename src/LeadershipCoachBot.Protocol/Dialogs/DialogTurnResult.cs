namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>The outcome of a dialog call: the stack's status and, when a dialog ended, its result.</summary>
public sealed class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; }

    public object? Result { get; }

    /// <summary>The result read as <typeparamref name="T"/>, also after a storage round trip.</summary>
    public T? GetResult<T>() => StateValue.ConvertTo<T>(Result);
}
