using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// A hard conversation: which one (a change that cracked the team, an exploited security fix, no
/// coming back), then, each skippable, what happened and what it cost, and the one commitment.
/// Answers with the conversation plan and the drafted message, checked by the tone review, then
/// the draft alone to copy. Ends with the <see cref="HardConversationPlan"/>.
/// </summary>
public sealed class HardConversationDialog : CoachingDialog
{
    public const string WhatHappenedInputId = "whatHappened";
    public const string CommitmentInputId = "commitment";
    public const string KindQuestion = "Which hard conversation is it?";
    public const string WhatHappenedQuestion = "What happened, and what did it cost, in numbers if you can?";
    public const string CommitmentQuestion = "What is the one thing you commit to now?";
    public const string DraftIntro = "The draft, to copy:";

    private const string AnswersKey = "answers";

    public HardConversationDialog()
        : base(nameof(HardConversationDialog))
    {
        AddDialog(new WaterfallDialog("hardConversationSteps",
        [
            AskKindStepAsync,
            AskWhatHappenedStepAsync,
            AskCommitmentStepAsync,
            ShowPlanStepAsync,
        ]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt), OptionalText.Validator(HardConversationPlanner.MaxLineLength)));
    }

    protected override string HelpText =>
        "I'm helping you plan a hard conversation and draft the message that goes with it. Pick which one it is; the next two questions are optional (say skip). " +
        "Say cancel to stop or start over to begin again.";

    private static Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<HardConversationOptions>()?.Kind is { } kind)
        {
            step.SetValue(AnswersKey, new HardConversationAnswers(kind));
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(KindQuestion),
            RetryPrompt = Activity.CreateMessageActivity($"{KindQuestion} {OneOnOnePrepDialog.ChoiceRetry}"),
            Choices = HardConversationChoices.Kinds(),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskWhatHappenedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } chosen)
        {
            step.SetValue(AnswersKey, new HardConversationAnswers(HardConversationChoices.Kind(chosen.Value)));
        }

        return AskOptionalAsync(step, new SkippableQuestion("A hard conversation", WhatHappenedQuestion, WhatHappenedInputId,
            "e.g. 300 customers could not log in for 2 days", HardConversationPlanner.MaxLineLength), cancellationToken);
    }

    private static Task<DialogTurnResult> AskCommitmentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(AnswersKey, Answers(step) with { WhatHappened = OptionalText.Read(step.GetResult<string>()) });
        return AskOptionalAsync(step, new SkippableQuestion("A hard conversation", CommitmentQuestion, CommitmentInputId,
            "e.g. I will review the security backlog with the team every Monday", HardConversationPlanner.MaxLineLength), cancellationToken);
    }

    private static async Task<DialogTurnResult> ShowPlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        var kind = answers.Kind ?? throw new InvalidOperationException("The hard conversation reached its plan without a kind.");
        var plan = HardConversationPlanner.Plan(new HardConversationRequest(kind, answers.WhatHappened, OptionalText.Read(step.GetResult<string>())));
        var review = ToneReviewer.Review(plan.Draft, plan.DraftKind);

        var card = Activity.CreateMessageActivity();
        card.Attachments = [HardConversationCard.Create(plan, HardConversationChoices.Label(kind), review)];
        await step.Context.SendActivityAsync(card, cancellationToken);
        await step.Context.SendActivityAsync($"{DraftIntro}\n\n{plan.Draft}", cancellationToken);
        return await step.EndDialogAsync(plan, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOptionalAsync(WaterfallStepContext step, SkippableQuestion question, CancellationToken cancellationToken)
    {
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [SkippableQuestionCard.Create(question)];
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity($"{question.Question} Up to {question.MaxLength} characters, or say skip."),
            InputId = question.InputId,
        }, cancellationToken);
    }

    private static HardConversationAnswers Answers(WaterfallStepContext step) => step.GetValue<HardConversationAnswers>(AnswersKey) ?? new HardConversationAnswers();
}
