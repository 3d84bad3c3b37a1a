using System.Globalization;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Records a lesson we paid for: typed with <c>lesson: …</c> it is saved at once; otherwise a card
/// asks its kind and text (a typed reply works too, <c>surprise: …</c>). It is kept against the
/// incident triaged in this conversation, when there is one. Ends with the <see cref="LessonAddOutcome"/>.
/// </summary>
public sealed class RecordLessonDialog : CoachingDialog
{
    public const string Retry = "Write the lesson in up to 400 characters (start with decision:, surprise: or scar tissue: to sort it), or say cancel.";

    private readonly TimeProvider _time;
    private readonly RecoveryMemory _memory;
    private readonly LessonStore _store;

    public RecordLessonDialog(TimeProvider time, RecoveryMemory memory, LessonStore store)
        : base(nameof(RecordLessonDialog))
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(store);
        _time = time;
        _memory = memory;
        _store = store;
        AddDialog(new WaterfallDialog("lessonSteps", [AskLessonStepAsync, SaveLessonStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt), ValidateLessonAsync));
    }

    protected override string HelpText =>
        "I'm recording a lesson we paid for, so it isn't lost: a decision and what it taught, a surprise, or scar tissue. " +
        "Write it in the box, or type it; say cancel to stop.";

    private async Task<DialogTurnResult> AskLessonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var typed = step.GetOptions<RecordLessonOptions>()?.Text;
        if (typed is not null && IsValid(typed))
        {
            return await step.NextAsync(typed, cancellationToken);
        }

        var incident = (await _memory.GetLastIncidentAsync(step.Context, cancellationToken))?.Summary;
        var prompt = Activity.CreateMessageActivity(string.IsNullOrWhiteSpace(typed) ? null : TooLongLine(LessonBook.Read(typed).Text.Length));
        prompt.Attachments = [LessonCard.Create(incident)];
        return await step.PromptAsync(nameof(TextPrompt), new PromptOptions
        {
            Prompt = prompt,
            RetryPrompt = Activity.CreateMessageActivity(Retry),
            InputId = LessonCard.LessonInputId,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveLessonStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (typedKind, text) = LessonBook.Read(step.GetResult<string>() ?? string.Empty);
        var kind = LessonLabels.FromValue(CardSubmit.GetString(step.Context.Activity, LessonCard.KindInputId)) ?? typedKind;
        var incident = (await _memory.GetLastIncidentAsync(step.Context, cancellationToken))?.Summary;
        var shelf = LessonShelf.For(step.Context);
        var lesson = new Lesson(text, kind, incident, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime), shelf.Author);
        var result = await _store.UpdateAsync(shelf, lessons =>
        {
            var added = LessonBook.Add(lessons, lesson);
            return (added.Lessons, added);
        }, cancellationToken);

        await step.Context.SendActivityAsync(Reply(result, lesson, shelf), cancellationToken);
        return await step.EndDialogAsync(result.Outcome, cancellationToken);
    }

    private static string Reply(LessonAddResult result, Lesson lesson, LessonShelf shelf)
    {
        var whose = shelf.IsTeam ? "this team's" : "your";
        var kind = lesson.Kind;
        return result.Outcome switch
        {
            LessonAddOutcome.Added => string.Create(CultureInfo.InvariantCulture,
                $"Recorded{(kind is null ? string.Empty : " as " + LessonLabels.Label(kind).ToLowerInvariant())}. {result.Lessons.Count} of {LessonBook.MaxLessons} in {whose} record. Say **lessons** to see them, **export lessons** to copy them."),
            LessonAddOutcome.Full => string.Create(CultureInfo.InvariantCulture,
                $"I didn't record that: {whose} record is full ({LessonBook.MaxLessons} lessons). Say **export lessons** to copy them to your wiki, then **forget my lessons** to make room."),
            LessonAddOutcome.TooLong => TooLongLine(lesson.Text.Length),
            LessonAddOutcome.Empty => "There was no lesson to record. Type lesson: and what you learned.",
            _ => throw new InvalidOperationException($"Unknown lesson outcome {result.Outcome}."),
        };
    }

    private static string TooLongLine(int length) => string.Create(CultureInfo.InvariantCulture,
        $"That lesson is {length} characters, over the limit of {LessonBook.MaxLength}. Shorten it here; nothing was recorded yet.");

    private static bool IsValid(string text) => LessonBook.Read(text).Text is { Length: > 0 and <= LessonBook.MaxLength };

    private static Task<bool> ValidateLessonAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is { } text && IsValid(text));
}
