using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// After a 1:1: how it landed (one choice) and one optional line about it, kept with the last 1:1
/// prepared here; answers with the follow-up to book. Ends with the suggested <see cref="FollowUp"/>.
/// </summary>
public sealed class OneOnOneDebriefDialog : CoachingDialog
{
    public const int MaxLineLength = 300;
    public const string LineInputId = "line";
    public const string LandingQuestion = "How did the 1:1 go?";
    public const string LineQuestion = "One line to remember about it?";

    private const string LandingKey = "landing";
    private readonly TimeProvider _time;
    private readonly RecoveryMemory _memory;

    public OneOnOneDebriefDialog(TimeProvider time, RecoveryMemory memory)
        : base(nameof(OneOnOneDebriefDialog))
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(memory);
        _time = time;
        _memory = memory;
        AddDialog(new WaterfallDialog("debriefSteps",
        [
            AskLandingStepAsync,
            AskLineStepAsync,
            SuggestFollowUpStepAsync,
        ]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt), OptionalText.Validator(MaxLineLength)));
    }

    protected override string HelpText =>
        "I'm noting how your 1:1 went: pick how it landed and, if you like, write one line about it. I'll suggest when to follow up and about what. " +
        "Say skip to leave the line out, cancel to stop.";

    private static Task<DialogTurnResult> AskLandingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(LandingQuestion),
            RetryPrompt = Activity.CreateMessageActivity($"{LandingQuestion} {OneOnOnePrepDialog.ChoiceRetry}"),
            Choices = OneOnOneChoices.Landings(),
        }, cancellationToken);

    private static Task<DialogTurnResult> AskLineStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.GetResult<FoundChoice>() ?? throw new InvalidOperationException("The landing step ended without a choice.");
        step.SetValue(LandingKey, chosen.Value);
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [SkippableQuestionCard.Create(new SkippableQuestion("How did it go?", LineQuestion, LineInputId,
            "e.g. They opened up once I said the call was mine", MaxLineLength))];
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity($"{LineQuestion} Up to {MaxLineLength} characters, or say skip."),
            InputId = LineInputId,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SuggestFollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var landing = OneOnOneChoices.Landing(step.GetValue<string>(LandingKey) ?? throw new InvalidOperationException("The debrief lost its landing."));
        var line = OptionalText.Read(step.GetResult<string>());
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var record = await _memory.LastOneOnOne.GetAsync(step.Context, cancellationToken: cancellationToken);
        var followUp = OneOnOneDebrief.Suggest(record?.Role, landing, today);

        var outcomes = (record?.Outcomes ?? []).Append(new OneOnOneOutcome(today, landing, line)).TakeLast(RecoveryMemory.MaxOutcomes).ToList();
        if (record is not null)
        {
            await _memory.LastOneOnOne.SetAsync(step.Context, record with { Outcomes = outcomes }, cancellationToken);
        }

        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [OneOnOneDebriefCard.Create(new OneOnOneDebriefModel(landing, line, followUp, record is not null))];
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(followUp, cancellationToken);
    }
}
