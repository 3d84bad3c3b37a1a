using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's own persisted state.</summary>
    public IDictionary<string, object> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the user has given this prompt, counting this one.</summary>
    public int AttemptCount => State.GetValue<int>(PromptStateKeys.AttemptCount);
}
