using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Tests.Dialogs;

/// <summary>Wraps one prompt in a component: ask, then end with what the prompt returned.</summary>
internal static class PromptDialogs
{
    public static ComponentDialog Wrap(Dialog prompt, PromptOptions options)
    {
        var dialog = new ComponentDialog("wrapper");
        dialog.AddDialog(new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
        dialog.AddDialog(prompt);
        return dialog;
    }

    public static Activity Message(string text) => Activity.CreateMessageActivity(text);
}
