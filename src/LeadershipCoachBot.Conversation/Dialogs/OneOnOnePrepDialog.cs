using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Prepares a 1:1 after a failure: who the person is to it (one choice), then, each skippable,
/// what happened and how they feel. Answers with the plan card and the same plan as meeting notes
/// to copy. Ends with the <see cref="OneOnOnePlan"/>. The leader's notes are never logged.
/// </summary>
public sealed class OneOnOnePrepDialog : CoachingDialog
{
    public const string WhatHappenedInputId = "whatHappened";
    public const string FeelingsInputId = "feelings";
    public const string RoleQuestion = "Who is this 1:1 with? What are they to what happened?";
    public const string WhatHappenedQuestion = "What happened, in a line or two?";
    public const string FeelingsQuestion = "What do you know of how they feel about it?";
    public const string NotesIntro = "The same plan as meeting notes, to copy:";

    private const string AnswersKey = "answers";
    private readonly TimeProvider _time;
    private readonly RecoveryMemory _memory;

    public OneOnOnePrepDialog(TimeProvider time, RecoveryMemory memory)
        : base(nameof(OneOnOnePrepDialog))
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(memory);
        _time = time;
        _memory = memory;
        AddDialog(new WaterfallDialog("oneOnOneSteps",
        [
            AskRoleStepAsync,
            AskWhatHappenedStepAsync,
            AskFeelingsStepAsync,
            ShowPlanStepAsync,
        ]));
        AddDialog(new ChoiceSetPrompt(nameof(ChoiceSetPrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt), OptionalText.Validator(OneOnOnePrep.MaxNoteLength)));
    }

    protected override string HelpText =>
        "I'm preparing a 1:1 with someone touched by the failure: tell me who they are to it, then, if you like, what happened and how they feel. " +
        "I'll give you an opener, questions, what to avoid and when to follow up. Say skip to leave a question out, cancel to stop or start over to begin again.";

    private static async Task<DialogTurnResult> AskRoleStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetOptions<OneOnOnePrepOptions>()?.Role is { } role)
        {
            step.SetValue(AnswersKey, new OneOnOneAnswers(role));
            await step.Context.SendActivityAsync(RoleFromRequest(role), cancellationToken);
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(nameof(ChoiceSetPrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(RoleQuestion),
            RetryPrompt = Activity.CreateMessageActivity($"{RoleQuestion} {ChoiceRetry}"),
            Choices = OneOnOneChoices.Roles(),
        }, cancellationToken);
    }

    /// <summary>The line that says which role the leader's request named, so a wrong reading can be corrected.</summary>
    public static string RoleFromRequest(PersonRole role) =>
        $"Prepare a 1:1 with someone who: {OneOnOneChoices.Label(role)} (from your message; if that is not right, say cancel, then 1:1 prep).";

    private static Task<DialogTurnResult> AskWhatHappenedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<FoundChoice>() is { } chosen)
        {
            step.SetValue(AnswersKey, new OneOnOneAnswers(OneOnOneChoices.Role(chosen.Value)));
        }

        return AskOptionalAsync(step, new SkippableQuestion("Prepare a 1:1", WhatHappenedQuestion, WhatHappenedInputId,
            "e.g. They ran the database switch that took checkout down on Friday", OneOnOnePrep.MaxNoteLength), cancellationToken);
    }

    private static Task<DialogTurnResult> AskFeelingsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(AnswersKey, Answers(step) with { WhatHappened = OptionalText.Read(step.GetResult<string>()) });
        return AskOptionalAsync(step, new SkippableQuestion("Prepare a 1:1", FeelingsQuestion, FeelingsInputId,
            "e.g. Quiet since Friday, apologised twice in the channel", OneOnOnePrep.MaxNoteLength), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowPlanStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        var role = answers.Role ?? throw new InvalidOperationException("The 1:1 prep reached its plan without a role.");
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var plan = OneOnOnePrep.Prepare(new OneOnOneRequest(role, answers.WhatHappened, OptionalText.Read(step.GetResult<string>())), today);

        var card = Activity.CreateMessageActivity();
        card.Attachments = [OneOnOnePrepCard.Create(plan)];
        await step.Context.SendActivityAsync(card, cancellationToken);
        await step.Context.SendActivityAsync(Activity.CreateMessageActivity($"{NotesIntro}\n\n{OneOnOneNotes.ToMarkdown(plan)}"), cancellationToken);

        var previous = await _memory.LastOneOnOne.GetAsync(step.Context, cancellationToken: cancellationToken);
        await _memory.LastOneOnOne.SetAsync(step.Context, new OneOnOneRecord(role, today, previous?.Outcomes ?? []), cancellationToken);
        return await step.EndDialogAsync(plan, cancellationToken);
    }

    private static Task<DialogTurnResult> AskOptionalAsync(WaterfallStepContext step, SkippableQuestion question, CancellationToken cancellationToken)
    {
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [SkippableQuestionCard.Create(question)];
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity(
                $"{question.Question} Write up to {question.MaxLength} characters, or say skip."),
            InputId = question.InputId,
        }, cancellationToken);
    }

    private static OneOnOneAnswers Answers(WaterfallStepContext step) => step.GetValue<OneOnOneAnswers>(AnswersKey) ?? new OneOnOneAnswers();
}
