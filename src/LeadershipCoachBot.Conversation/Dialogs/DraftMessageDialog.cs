using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Drafting;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The pre-post check: at most five skippable questions (what happened and whose call; the impact,
/// taken from this conversation's triage when there was one; the four trap self-checks; what we
/// know, are doing and is uncertain; the next update), then the drafted message. Ends with the plan.
/// </summary>
public sealed class DraftMessageDialog : CoachingDialog
{
    public const string WhatHappenedQuestion = "What happened, and whose call was it?";
    public const string ImpactQuestion = "Who is affected, and how badly?";
    public const string FactsQuestion = "What do you know, what are you doing, and what is still uncertain?";
    public const string NextUpdateQuestion = "When will the next update come?";

    private const string AnswersKey = "answers";
    private const string TextAnswer = "textAnswer";
    private readonly CoachMemory _memory;
    private readonly TimeProvider _time;

    public DraftMessageDialog(CoachMemory memory, TimeProvider time)
        : base(nameof(DraftMessageDialog))
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(time);
        _memory = memory;
        _time = time;
        AddDialog(new WaterfallDialog("draftSteps",
        [
            AskWhatHappenedStepAsync,
            AskImpactStepAsync,
            AskTrapsStepAsync,
            AskFactsStepAsync,
            AskNextUpdateStepAsync,
            ShowDraftStepAsync,
        ]));
        AddDialog(new TextPrompt(TextAnswer));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
    }

    protected override string HelpText =>
        "I'm checking your message before you send it: a few quick questions, then I draft it for you to copy. " +
        "Skip anything you don't know (I'll use a sensible default); say cancel to stop or start over to begin again.";

    private async Task<DialogTurnResult> AskWhatHappenedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.GetOptions<DraftRequest>() ?? new DraftRequest(DraftKind.ExecUpdate, Audience.Executives);
        var plan = new MessagePlan(request.Kind, request.Audience);
        var triaged = await _memory.GetLastIncidentAsync(step.Context, cancellationToken);
        var answers = triaged is null
            ? new DraftAnswers(plan, Total: 5)
            : new DraftAnswers(plan with { Impact = FirstUpdatePlan.Impact(triaged.Report) }, Total: 4,
                Cadence: IncidentTriage.Assess(triaged.Report, triaged.AssessedAt).UpdateCadence, TriagedDue: triaged.NextUpdateDue(_time.GetUtcNow()));
        answers = answers with { TimeZone = LeaderClock.ZoneOf(step.Context.Activity) };
        if (request.WhatHappened is { } said)
        {
            step.SetValue(AnswersKey, answers with { Plan = answers.Plan with { WhatHappened = said }, Total = answers.Total - 1 });
            await step.Context.SendActivityAsync($"{Title(answers)}. What happened, from your message: \u201C{said}\u201D", cancellationToken);
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        return await AskAsync(step, answers, WhatHappenedQuestion,
            [new(nameof(PlanField.WhatHappened), "The decision, and who made it", "e.g. I approved the payments migration on Tuesday", true),
             new(nameof(PlanField.Assumption), "What did you assume that turned out wrong? (optional)", "e.g. that the new queue would cope with peak traffic")],
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskImpactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        if (step.Result is not null)
        {
            var happened = PlanAnswers.Read(step, nameof(PlanField.WhatHappened), typedGoesHere: true);
            var assumption = PlanAnswers.Read(step, nameof(PlanField.Assumption), typedGoesHere: false);
            await PlanAnswers.EchoAsync(step, Progress(answers), [(PlanField.WhatHappened, happened), (PlanField.Assumption, assumption)], cancellationToken);
            answers = answers with { Plan = answers.Plan with { WhatHappened = happened, Assumption = assumption } };
        }

        if (answers.Plan.Impact is { } fromTriage)
        {
            step.SetValue(AnswersKey, answers);
            await step.Context.SendActivityAsync($"Impact, from your triage: {LeaderText.Tidy(fromTriage)} You can edit it on the draft.", cancellationToken);
            return await step.NextAsync(cancellationToken: cancellationToken);
        }

        return await AskAsync(step, answers, ImpactQuestion,
            [new(nameof(PlanField.Impact), "Who, how many, for how long", "e.g. about 3,000 checkouts failed between 09:10 and 10:40", true)],
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTrapsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        if (step.Result is not null)
        {
            var impact = PlanAnswers.Read(step, nameof(PlanField.Impact), typedGoesHere: true);
            await PlanAnswers.EchoAsync(step, Progress(answers), [(PlanField.Impact, impact)], cancellationToken);
            answers = answers with { Plan = answers.Plan with { Impact = impact } };
        }

        answers = answers with { Asked = answers.Asked + 1 };
        step.SetValue(AnswersKey, answers);
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [TrapCheckCard.Create(Title(answers), Progress(answers))];
        return await step.PromptAsync(TextAnswer, new PromptOptions { Prompt = prompt, InputId = PlanQuestionCard.StepField }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskFactsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        var ticked = PlanAnswers.Skipped(step) ? [] : TrapAnswers.Parse(CardSubmit.IsCardSubmit(step.Context.Activity)
            ? CardSubmit.GetString(step.Context.Activity, TrapCheckCard.TrapsField)
            : step.Context.Activity.Text);
        await step.Context.SendActivityAsync(ticked.Count == 0
            ? $"{Progress(answers)} \u2713 None of the four traps. Good: keep it that way as you write."
            : string.Join("\n\n", ticked.Select(t => $"**{t.Question}** {t.Coaching}")), cancellationToken);
        return await AskAsync(step, answers, FactsQuestion,
            [new(nameof(PlanField.Known), "What we know", "e.g. the queue ran out of connections at peak"),
             new(nameof(PlanField.Doing), "What we are doing (who, by when)", "e.g. Dana is moving traffic back by 11:00"),
             new(nameof(PlanField.Uncertain), "What is still uncertain", "e.g. whether any payments were taken twice")],
            cancellationToken);
    }

    private static async Task<DialogTurnResult> AskNextUpdateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        var (known, doing, uncertain) = PlanAnswers.ReadFacts(step);
        await PlanAnswers.EchoAsync(step, Progress(answers), [(PlanField.Known, known), (PlanField.Doing, doing), (PlanField.Uncertain, uncertain)], typedToo: true, cancellationToken);
        answers = answers with { Plan = answers.Plan with { Known = known, Doing = doing, Uncertain = uncertain }, Asked = answers.Asked + 1 };
        step.SetValue(AnswersKey, answers);
        var question = $"{Title(answers)} \u00B7 {Progress(answers)}\n\n**{NextUpdateQuestion}**";
        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(question),
            RetryPrompt = Activity.CreateMessageActivity($"{question} {ChoiceRetry}"),
            Choices = NextUpdateChoices.Choices(),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowDraftStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answers = Answers(step);
        var chosen = step.GetResult<FoundChoice>()?.Value;
        var now = _time.GetUtcNow();
        var due = chosen is not null && NextUpdateChoices.Delays.TryGetValue(chosen, out var picked) && picked is { } ahead
            ? now + ahead
            : answers.TriagedDue is { } triagedDue && triagedDue >= now
                ? triagedDue
                : now + (answers.Cadence ?? (answers.Plan.Kind is DraftKind.ExecUpdate or DraftKind.IncidentUpdate ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1)));
        var plan = answers.Plan with { NextUpdate = LeaderClock.At(due, answers.TimeZone ?? LeaderClock.ZoneOf(step.Context.Activity)) };
        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [DraftedMessageCard.Create(MessageDrafter.Draft(plan))];
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(plan, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, DraftAnswers answers, string question, IReadOnlyList<PlanInput> inputs, CancellationToken cancellationToken)
    {
        answers = answers with { Asked = answers.Asked + 1 };
        step.SetValue(AnswersKey, answers);
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [PlanQuestionCard.Create(Title(answers), Progress(answers), question, inputs)];
        return step.PromptAsync(TextAnswer, new PromptOptions { Prompt = prompt, InputId = PlanQuestionCard.StepField }, cancellationToken);
    }

    private static string Title(DraftAnswers answers) => $"Pre-post check: {ToneReviewLabels.Kind(answers.Plan.Kind).ToLowerInvariant()}";

    private static string Progress(DraftAnswers answers) => $"{answers.Asked} of {answers.Total}";

    private static DraftAnswers Answers(WaterfallStepContext step) =>
        step.GetValue<DraftAnswers>(AnswersKey) ?? throw new InvalidOperationException("The pre-post check lost its answers between steps.");
}
