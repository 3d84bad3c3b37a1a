using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, shown as an Adaptive Card
/// with the question and a button per choice. Ends with a <see cref="FoundChoice"/>; see
/// <see cref="ChoiceRecognizer"/> for what counts as an answer.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return SendChoicesAsync(turnContext, options, options.Choices ?? [], isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity, options.Choices ?? []);
        return Task.FromResult(found is null ? new PromptRecognizerResult<FoundChoice>() : new PromptRecognizerResult<FoundChoice>(found));
    }

    /// <summary>Sends the prompt (or retry prompt) with its text moved into a choice card.</summary>
    internal static Task SendChoicesAsync(ITurnContext turnContext, PromptOptions options, IList<Choice> choices, bool isRetry, CancellationToken cancellationToken)
    {
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = PromptActivity.Copy(source ?? Activity.CreateMessageActivity());
        var text = activity.Text;
        activity.Text = null;
        activity.Attachments = [.. activity.Attachments ?? [], ChoiceCard.Create(text, choices)];
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
