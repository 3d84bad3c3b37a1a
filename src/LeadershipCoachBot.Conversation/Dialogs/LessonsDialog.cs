using System.Globalization;
using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Recovery;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The lessons recorded here: lists them on a card, exports them as Markdown to copy into a wiki,
/// or, after a yes, forgets the ones this user recorded. Ends with how many lessons it showed or forgot.
/// </summary>
public sealed class LessonsDialog : CoachingDialog
{
    public const string NothingToForget = "You have no lessons recorded here, so there is nothing to forget.";
    public const string KeptThem = "OK, I've kept them.";
    public const string ExportIntro = "Your lessons as Markdown, to copy into the team's wiki:";

    private readonly TimeProvider _time;
    private readonly LessonStore _store;

    public LessonsDialog(TimeProvider time, LessonStore store)
        : base(nameof(LessonsDialog))
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(store);
        _time = time;
        _store = store;
        AddDialog(new WaterfallDialog("lessonsSteps", [ShowOrAskStepAsync, ForgetStepAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    protected override string HelpText =>
        "I'm checking before I delete the lessons you recorded here. Say yes to delete them or no to keep them.";

    private async Task<DialogTurnResult> ShowOrAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var shelf = LessonShelf.For(step.Context);
        var lessons = await _store.ReadAsync(shelf, cancellationToken);
        switch (step.GetOptions<LessonsOptions>()?.Action ?? LessonsAction.List)
        {
            case LessonsAction.List:
                var card = Activity.CreateMessageActivity();
                card.Attachments = [LessonsCard.Create(lessons, shelf.IsTeam)];
                await step.Context.SendActivityAsync(card, cancellationToken);
                return await step.EndDialogAsync(lessons.Count, cancellationToken);

            case LessonsAction.Export:
                var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
                await step.Context.SendActivityAsync(lessons.Count == 0
                    ? "There are no lessons to export yet. Type lesson: and what you learned, at any time."
                    : $"{ExportIntro}\n\n{CodeBlock(LessonsMarkdown.Export(lessons, today))}", cancellationToken);
                return await step.EndDialogAsync(lessons.Count, cancellationToken);

            default:
                var mine = lessons.Count - LessonBook.Forget(lessons, shelf.Author).Count;
                if (mine == 0)
                {
                    await step.Context.SendActivityAsync(NothingToForget, cancellationToken);
                    return await step.EndDialogAsync(0, cancellationToken);
                }

                var question = string.Create(CultureInfo.InvariantCulture,
                    $"Delete the {mine} {(mine == 1 ? "lesson" : "lessons")} you recorded here{(shelf.IsTeam ? " (other people's stay)" : string.Empty)}? This can't be undone; export them first if you want a copy.");
                return await step.PromptAsync(nameof(ConfirmPrompt), new PromptOptions
                {
                    Prompt = Activity.CreateMessageActivity(question),
                    RetryPrompt = Activity.CreateMessageActivity($"{question} Say yes or no."),
                }, cancellationToken);
        }
    }

    /// <summary>The text in a fenced code block (longer than any backtick run inside), so it is shown raw, ready to copy.</summary>
    private static string CodeBlock(string markdown)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in markdown)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}markdown\n{markdown.TrimEnd()}\n{fence}";
    }

    private async Task<DialogTurnResult> ForgetStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.GetResult<bool>())
        {
            await step.Context.SendActivityAsync(KeptThem, cancellationToken);
            return await step.EndDialogAsync(0, cancellationToken);
        }

        var shelf = LessonShelf.For(step.Context);
        var forgotten = await _store.ForgetAuthorsLessonsAsync(shelf, cancellationToken);
        await step.Context.SendActivityAsync(string.Create(CultureInfo.InvariantCulture,
            $"Done: I deleted {forgotten} {(forgotten == 1 ? "lesson" : "lessons")}."), cancellationToken);
        return await step.EndDialogAsync(forgotten, cancellationToken);
    }
}
