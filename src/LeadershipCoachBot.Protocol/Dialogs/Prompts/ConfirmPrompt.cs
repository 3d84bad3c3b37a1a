using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question, shown as a card with Yes and No buttons. Ends with a <c>bool</c>;
/// see <see cref="ConfirmRecognizer"/> for the typed answers it understands.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    public const string Yes = "Yes";
    public const string No = "No";

    private static readonly Choice[] YesNo = [new(Yes), new(No)];

    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return ChoicePrompt.SendChoicesAsync(turnContext, options, YesNo, isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var text = CardSubmit.IsCardSubmit(activity) ? CardSubmit.GetString(activity, ChoiceRecognizer.ChoiceField) : activity.Text;
        var answer = ConfirmRecognizer.Recognize(text);
        return Task.FromResult(answer is { } yes ? new PromptRecognizerResult<bool>(yes) : new PromptRecognizerResult<bool>());
    }
}
