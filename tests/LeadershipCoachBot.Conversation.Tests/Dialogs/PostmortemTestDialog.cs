using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

/// <summary>A three-question coaching dialog: text, choice, confirm; ends with its notes.</summary>
internal sealed class PostmortemTestDialog : CoachingDialog
{
    public const string Help = "I'm noting what happened, how big the impact was, and whether to share it.";
    public const string ImpactQuestion = "How big was the impact?";
    public const string ShareQuestion = "Share it with the team?";
    private const string NotesKey = "notes";

    public PostmortemTestDialog()
        : base(nameof(PostmortemTestDialog))
    {
        AddDialog(new WaterfallDialog("steps", [AskWhatStepAsync, AskImpactStepAsync, AskShareStepAsync, SummariseStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    public static string WhatQuestion(string team) => $"What happened to {team}?";

    protected override string HelpText => Help;

    private static Task<DialogTurnResult> AskWhatStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var team = step.GetOptions<string>() ?? "the team";
        step.SetValue(NotesKey, new PostmortemNotes(team));
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity(WhatQuestion(team)) }, ct);
    }

    private static Task<DialogTurnResult> AskImpactStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.SetValue(NotesKey, step.GetValue<PostmortemNotes>(NotesKey)! with { What = step.GetResult<string>() });
        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(ImpactQuestion),
            Choices = [new Choice("Low"), new Choice("Medium"), new Choice("High")],
        }, ct);
    }

    private static Task<DialogTurnResult> AskShareStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.SetValue(NotesKey, step.GetValue<PostmortemNotes>(NotesKey)! with { Impact = step.GetResult<FoundChoice>()?.Value });
        return step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions { Prompt = Activity.CreateMessageActivity(ShareQuestion) }, ct);
    }

    private static async Task<DialogTurnResult> SummariseStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var notes = step.GetValue<PostmortemNotes>(NotesKey)! with { Share = step.GetResult<bool>() };
        await step.Context.SendActivityAsync($"Noted: {notes.What} ({notes.Impact}), share: {notes.Share}.", ct);
        return await step.EndDialogAsync(notes, ct);
    }
}
