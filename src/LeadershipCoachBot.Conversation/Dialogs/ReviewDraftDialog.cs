using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Reviews the tone of a draft: asks what kind of message it is (or lets the reviewer guess), takes
/// the draft from a card or a pasted message, and answers with the findings and suggested rewrites.
/// Started with <see cref="ReviewDraftOptions"/> holding a draft, it reviews at once and the kind it
/// guessed can be changed on the result. Ends with the <see cref="ToneReview"/>. The draft is never logged.
/// </summary>
public sealed class ReviewDraftDialog : CoachingDialog
{
    public const string DraftInputId = "draft";
    public const string KindQuestion = "What kind of draft is it?";
    public const string DraftQuestion = "Paste your draft here.";
    public const string DraftRetry = "I need the draft's text, more than a greeting or a signature, up to 20,000 characters. Paste it into the box, or send it as a message.";

    private const string AnswersKey = "answers";

    public ReviewDraftDialog()
        : base(nameof(ReviewDraftDialog))
    {
        AddDialog(new WaterfallDialog("reviewSteps",
        [
            AskKindStepAsync,
            AskDraftStepAsync,
            ShowReviewStepAsync,
        ]));
        AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt), ValidateDraftAsync));
    }

    protected override string HelpText =>
        "I'm reviewing the tone of a draft: tell me what kind of message it is, then paste it, and I'll point out what could cost you trust and suggest rewrites. " +
        "Say cancel to stop or start over to begin again.";

    private static async Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (ReviewAgainSubmit.Read(step.Context.Activity, DraftQuestionCard.MaxDraftLength) is { } again)
        {
            return await ReviewAsync(step, again.Draft, again.Kind, cancellationToken);
        }

        var options = step.GetOptions<ReviewDraftOptions>() ?? new ReviewDraftOptions();
        step.SetValue(AnswersKey, new ReviewDraftAnswers(options.Kind));
        if (options.Draft is { Length: > 0 } pasted)
        {
            return await ReviewAsync(step, pasted, options.Kind, cancellationToken);
        }

        if (options.Kind is not null)
        {
            return await AskForDraftAsync(step, cancellationToken);
        }

        return await step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
        {
            Prompt = Activity.CreateMessageActivity(KindQuestion),
            RetryPrompt = Activity.CreateMessageActivity($"{KindQuestion} {ChoiceRetry}"),
            Choices = ReviewChoices.KindChoices(),
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDraftStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var chosen = step.GetResult<FoundChoice>()?.Value ?? throw new InvalidOperationException("The draft-kind step ended without a choice.");
        step.SetValue(AnswersKey, new ReviewDraftAnswers(ReviewChoices.Kinds[chosen]));
        return AskForDraftAsync(step, cancellationToken);
    }

    private static Task<DialogTurnResult> AskForDraftAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var prompt = Activity.CreateMessageActivity();
        prompt.Attachments = [DraftQuestionCard.Create(DraftQuestion, DraftInputId)];
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity(DraftRetry),
            InputId = DraftInputId,
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ShowReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.GetResult<string>() ?? string.Empty;
        var answers = step.GetValue<ReviewDraftAnswers>(AnswersKey) ?? new ReviewDraftAnswers();
        return ReviewAsync(step, draft, answers.Kind, cancellationToken);
    }

    private static async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, string draft, DraftKind? kind, CancellationToken cancellationToken)
    {
        var review = ToneReviewer.Review(draft, kind);
        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [ToneReviewCard.Create(review, draft)];
        await step.Context.SendActivityAsync(reply, cancellationToken);
        return await step.EndDialogAsync(review, cancellationToken);
    }

    private static Task<bool> ValidateDraftAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && !string.IsNullOrWhiteSpace(prompt.Recognized.Value)
            && prompt.Recognized.Value.Length <= DraftQuestionCard.MaxDraftLength
            && ToneReviewer.HasContent(prompt.Recognized.Value));
}
