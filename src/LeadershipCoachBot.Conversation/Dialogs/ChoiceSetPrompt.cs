using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// A <see cref="ChoicePrompt"/> shown as a radio list instead of a button per choice (cards take at
/// most five buttons). It understands the same answers: the list's submit, the label, a synonym or
/// its number typed.
/// </summary>
public sealed class ChoiceSetPrompt(string dialogId) : ChoicePrompt(dialogId)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var question = Activity.CreateMessageActivity();
        question.Attachments = [ChoiceSetQuestionCard.Create(source?.Text ?? string.Empty, options.Choices ?? [])];
        return turnContext.SendActivityAsync(question, cancellationToken);
    }
}
