namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>What a prompt understood from the user's reply; a new one has not succeeded.</summary>
public sealed class PromptRecognizerResult<T>
{
    public PromptRecognizerResult() { }

    /// <summary>A successful recognition of <paramref name="value"/>.</summary>
    public PromptRecognizerResult(T value)
    {
        Succeeded = true;
        Value = value;
    }

    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
