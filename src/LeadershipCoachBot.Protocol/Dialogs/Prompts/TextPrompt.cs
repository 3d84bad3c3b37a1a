using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Asks for text. Accepts a typed message (any text, even empty) or a card submit: the input named
/// by <see cref="PromptOptions.InputId"/>, else the first string field of the submitted value.
/// </summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = turnContext.Activity;
        var text = CardSubmit.IsCardSubmit(activity) ? CardSubmit.GetString(activity, options.InputId) : activity.Text;
        return Task.FromResult(text is null ? new PromptRecognizerResult<string>() : new PromptRecognizerResult<string>(text));
    }
}
