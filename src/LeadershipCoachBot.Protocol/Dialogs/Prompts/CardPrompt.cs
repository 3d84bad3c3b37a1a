using System.Text.Json;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Sends a card (the <see cref="PromptOptions.Prompt"/> activity with its attachment) and waits for
/// its <c>Action.Submit</c>. Ends with the submitted <c>value</c> as a <see cref="JsonElement"/>
/// (read it with <c>stepContext.GetResult&lt;TRecord&gt;()</c>). Typed text is not an answer; when
/// <see cref="PromptOptions.InputId"/> is set, a submit must carry that input as a non-empty string.
/// Because it is a prompt, <c>help</c> sends the card again.
/// </summary>
public class CardPrompt : Prompt<JsonElement>
{
    public CardPrompt(string dialogId, PromptValidator<JsonElement>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task<PromptRecognizerResult<JsonElement>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = turnContext.Activity;
        var answered = CardSubmit.IsCardSubmit(activity)
            && (options.InputId is null || !string.IsNullOrWhiteSpace(CardSubmit.GetString(activity, options.InputId)));
        return Task.FromResult(answered
            ? new PromptRecognizerResult<JsonElement>(activity.Value!.Value.Clone())
            : new PromptRecognizerResult<JsonElement>());
    }
}
