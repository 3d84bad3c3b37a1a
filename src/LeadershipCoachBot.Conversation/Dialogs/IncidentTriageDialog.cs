using LeadershipCoachBot.Coaching.Incidents;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Drafting;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Five quick questions about an incident, then the assessment: severity and why, blast radius,
/// who must know, the roles to name, the update cadence and a skeleton of the first update.
/// </summary>
public sealed class IncidentTriageDialog : CoachingDialog
{
    public const string SkipWord = "skip";
    public const string SummaryInputId = "summary";
    public const string WhatQuestion = "What is happening, in one line? (Or say skip.)";
    public const string ImpactQuestion = "How many customers are affected right now?";
    public const string DataQuestion = "Has any data been lost or exposed?";
    public const string SecurityQuestion = "Is there any security or legal exposure?";
    public const string SpreadQuestion = "Is it contained, or still spreading?";

    private const string AnswersKey = "answers";
    private readonly CoachMemory _memory;
    private readonly TimeProvider _time;

    public IncidentTriageDialog(CoachMemory memory, TimeProvider time)
        : base(nameof(IncidentTriageDialog))
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(time);
        _memory = memory;
        _time = time;
        AddDialog(new WaterfallDialog("triageSteps",
        [
            AskWhatIsHappeningStepAsync,
            AskCustomerImpactStepAsync,
            AskDataLossStepAsync,
            AskSecurityExposureStepAsync,
            AskSpreadStepAsync,
            ShowAssessmentStepAsync,
        ]));
        AddDialog(new TextPrompt(nameof(TextPrompt), ValidateSummaryAsync));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt), RepromptUnclearAnswerAsync));
    }

    protected override string HelpText =>
        "I'm sizing up the incident with five quick questions, then I'll suggest a severity, who to tell, the roles to name and how often to update. " +
        "Tap a button or type your answer; say cancel to stop or start over to begin again.";

    private static async Task<DialogTurnResult> AskWhatIsHappeningStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.SetValue(AnswersKey, new TriageAnswers());
        if (step.GetOptions<TriageOptions>()?.Summary is { } said)
        {
            await step.Context.SendActivityAsync($"Incident triage: what is happening, from your message: \u201C{said}\u201D", cancellationToken);
            return await step.NextAsync(said, cancellationToken);
        }

        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [TriageQuestionCard.CreateSummaryQuestion(WhatQuestion, SummaryInputId, SkipWord)];
        return await step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity("Tell me in a line what is broken and for whom, or say skip."),
            InputId = SummaryInputId,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskCustomerImpactStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.GetResult<string>()?.Trim();
        var summary = string.IsNullOrEmpty(text) || string.Equals(text, SkipWord, StringComparison.OrdinalIgnoreCase) ? null : text;
        await EchoAsync(step, summary is null ? "What is happening: skipped" : $"What is happening: “{summary}”", cancellationToken);
        step.SetValue(AnswersKey, Answers(step) with { Summary = summary });
        return await AskAsync(step, TriageChoices.Impact, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskDataLossStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await EchoAsync(step, $"Customers affected: {Chosen(step).Value}", cancellationToken);
        step.SetValue(AnswersKey, Answers(step) with { CustomerImpact = TriageChoices.Impact.AnswerFor(Chosen(step)) });
        return await AskAsync(step, TriageChoices.DataLoss, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSecurityExposureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await EchoAsync(step, $"Data lost or exposed: {Chosen(step).Value}", cancellationToken);
        step.SetValue(AnswersKey, Answers(step) with { DataLoss = TriageChoices.DataLoss.AnswerFor(Chosen(step)) });
        return await AskAsync(step, TriageChoices.SecurityOrLegal, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskSpreadStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await EchoAsync(step, $"Security or legal exposure: {Chosen(step).Value}", cancellationToken);
        step.SetValue(AnswersKey, Answers(step) with { SecurityOrLegal = TriageChoices.SecurityOrLegal.AnswerFor(Chosen(step)) });
        return await AskAsync(step, TriageChoices.Spread, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAssessmentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await EchoAsync(step, $"Spread: {Chosen(step).Value}", cancellationToken);
        var answers = Answers(step);
        var report = new IncidentReport(
            answers.Summary,
            answers.CustomerImpact ?? CustomerImpact.None,
            answers.DataLoss ?? Exposure.NotSure,
            answers.SecurityOrLegal ?? Exposure.NotSure,
            TriageChoices.Spread.AnswerFor(Chosen(step)));
        var now = _time.GetUtcNow();
        var assessment = IncidentTriage.Assess(report, now);
        var triaged = new TriagedIncident(report, now, assessment.FirstUpdate.NextUpdateAt);
        await _memory.LastIncident.SetAsync(step.Context, triaged, cancellationToken);
        await _memory.IncidentStableAt.DeleteAsync(step.Context, cancellationToken);
        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [TriageResultCard.Create(assessment, PlanJson.Write(triaged))];
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(report, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync<TAnswer>(WaterfallStepContext step, TriageQuestion<TAnswer> question, CancellationToken cancellationToken)
        where TAnswer : struct, Enum =>
        step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(question.Text),
            Choices = question.ToPromptChoices(),
        }, cancellationToken);

    /// <summary>A card answer leaves no trace in the chat; this short line makes the history read.</summary>
    private static async Task EchoAsync(WaterfallStepContext step, string answer, CancellationToken cancellationToken)
    {
        if (CardSubmit.IsCardSubmit(step.Context.Activity))
        {
            await step.Context.SendActivityAsync($"✓ {answer}", cancellationToken);
        }
    }

    private static TriageAnswers Answers(WaterfallStepContext step) => step.GetValue<TriageAnswers>(AnswersKey) ?? new TriageAnswers();

    private static FoundChoice Chosen(WaterfallStepContext step) =>
        step.GetResult<FoundChoice>() ?? throw new InvalidOperationException("A triage choice step ended without a choice.");

    /// <summary>Asks an unclear answer again as the question with its buttons, and one line on what was not understood.</summary>
    private static async Task<bool> RepromptUnclearAnswerAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return true;
        }

        var choices = prompt.Options.Choices ?? [];
        var reading = ChoiceRecognizer.Read(prompt.Context.Activity, choices);
        var retry = Activity.CreateMessageActivity();
        retry.Attachments = [ChoiceCard.Create(prompt.Options.Prompt?.Text, choices, $"{TriageRetryLine.For(reading, choices)} {ChoiceRetry}")];
        await prompt.Context.SendActivityAsync(retry, cancellationToken);
        return false;
    }

    private static Task<bool> ValidateSummaryAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(OptionalText.IsEmptyCardAnswer(prompt) || (prompt.Recognized.Succeeded && !string.IsNullOrWhiteSpace(prompt.Recognized.Value)));
}
