using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// Where every message lands. An open flow gets the message unless it has gone stale or the leader
/// pressed a button that starts something new; otherwise a card button goes to its action, a pasted
/// draft goes straight to the review, and free text goes where <see cref="IntentRecognizer"/> and
/// <see cref="IntentRoutes"/> send it. No reply leaves the leader without a next step.
/// </summary>
public sealed partial class FrontDoor
{
    /// <summary>Action ids are logged only when they look like ours (short, lower-case words); anything else could carry text.</summary>
    private const int MaxLoggedActionLength = 24;

    private readonly CoachMemory _memory;
    private readonly DraftCardActions _draftActions;
    private readonly TimeProvider _time;
    private readonly CoachFlowOptions _options;
    private readonly ILogger<FrontDoor> _logger;

    public FrontDoor(CoachMemory memory, DraftCardActions draftActions, TimeProvider time, IOptions<CoachFlowOptions> options, ILogger<FrontDoor> logger)
    {
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(draftActions);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _memory = memory;
        _draftActions = draftActions;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task HandleAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogContext);
        var turnContext = dialogContext.Context;
        var activity = turnContext.Activity;
        var action = CardSubmit.GetString(activity, CardActions.Field);
        if (dialogContext.ActiveDialog is { } open)
        {
            if (await SetAsideAsync(dialogContext, open, action, cancellationToken) is false
                && (await dialogContext.ContinueDialogAsync(cancellationToken)).Status != DialogTurnStatus.Empty)
            {
                await TouchAsync(dialogContext, cancellationToken);
                return;
            }
        }

        if (action is not null)
        {
            await HandleActionAsync(dialogContext, action, cancellationToken);
        }
        else if (PastedDraft.Find(activity.Text) is { } draft)
        {
            PastedDraftRouted(_logger, draft.Length);
            await dialogContext.BeginDialogAsync(nameof(ReviewDraftDialog), new ReviewDraftOptions(draft), cancellationToken);
        }
        else if (activity.Text?.Trim() == "?")
        {
            await SendWelcomeAsync(turnContext, cancellationToken);
        }
        else if (FollowThroughCommands.Match(activity.Text) is { } command)
        {
            // The exact commands of the follow-through flows ("export lessons", "culture misfire"...) say precisely what they want.
            await dialogContext.BeginDialogAsync(command.DialogId, command.Options, cancellationToken);
        }
        else
        {
            var match = IntentRecognizer.Recognize(activity.Text);
            IntentRouted(_logger, match.Intent, match.Score, activity.Text?.Length ?? 0);
            await FollowAsync(dialogContext, IntentRoutes.For(match, activity.Text), cancellationToken);
        }

        await TouchAsync(dialogContext, cancellationToken);
    }

    /// <summary>Sets the open flow aside when it has gone stale or a button asked for something new; says what was left.</summary>
    private async Task<bool> SetAsideAsync(DialogContext dialogContext, DialogInstance open, string? action, CancellationToken cancellationToken)
    {
        var touched = await _memory.FlowTouchedAt.GetAsync(dialogContext.Context, cancellationToken: cancellationToken);
        var idle = touched is { } at ? _time.GetUtcNow() - at : TimeSpan.Zero;
        var stale = idle > _options.StaleFlowAfter;
        var newRequest = action is not null && action != CardActions.Help;
        if (!stale && !newRequest)
        {
            return false;
        }

        await dialogContext.CancelAllDialogsAsync(cancellationToken);
        FlowSetAside(_logger, open.Id, (int)idle.TotalMinutes, stale);
        var left = FlowNames.Of(open.Id);
        await dialogContext.Context.SendActivityAsync(stale
            ? $"You left {left} unfinished {Ago(idle)}; I've set it aside and started fresh."
            : $"I've set aside {left} you had open.", cancellationToken);
        return true;
    }

    private async Task HandleActionAsync(DialogContext dialogContext, string action, CancellationToken cancellationToken)
    {
        var turnContext = dialogContext.Context;
        ActionRouted(_logger, action.Length <= MaxLoggedActionLength && action.All(c => char.IsAsciiLetterLower(c) || c == '-') ? action : "(other)");
        switch (action)
        {
            case CardActions.Help:
                await SendWelcomeAsync(turnContext, cancellationToken);
                break;
            case CardActions.Triage:
                await dialogContext.BeginDialogAsync(nameof(IncidentTriageDialog), cancellationToken: cancellationToken);
                break;
            case CardActions.Review:
                await dialogContext.BeginDialogAsync(nameof(ReviewDraftDialog), cancellationToken: cancellationToken);
                break;
            case CardActions.Write:
                var kind = Enum.TryParse<DraftKind>(CardSubmit.GetString(turnContext.Activity, CardActions.KindField), out var k) ? k : DraftKind.ExecUpdate;
                await dialogContext.BeginDialogAsync(nameof(DraftMessageDialog), new DraftRequest(kind, kind is DraftKind.TeamMessage or DraftKind.Apology ? Audience.Team : Audience.Executives), cancellationToken);
                break;
            default:
                if (FollowThroughCommands.Match(action) is { } followThrough)
                {
                    await dialogContext.BeginDialogAsync(followThrough.DialogId, followThrough.Options, cancellationToken);
                }
                else if (!await _draftActions.TryHandleAsync(turnContext, action, cancellationToken))
                {
                    // A button that names a request in words ("check my update", sent by the private start card) goes where the words would.
                    await FollowAsync(dialogContext, IntentRoutes.For(IntentRecognizer.Recognize(action), action), cancellationToken);
                }

                break;
        }
    }

    private async Task FollowAsync(DialogContext dialogContext, IntentRoute route, CancellationToken cancellationToken)
    {
        var turnContext = dialogContext.Context;
        switch (route.Kind)
        {
            case IntentRouteKind.StartDialog:
                await dialogContext.BeginDialogAsync(route.DialogId!, route.Options, cancellationToken);
                break;
            case IntentRouteKind.NotYet:
                await OfferAsync(turnContext, CoachReplies.NotYet(route.What!), cancellationToken);
                break;
            case IntentRouteKind.Welcome:
                await SendWelcomeAsync(turnContext, cancellationToken);
                break;
            case IntentRouteKind.NothingToCancel:
                await OfferAsync(turnContext, CoachReplies.NothingToCancel, cancellationToken);
                break;
            case IntentRouteKind.Steady:
                await OfferAsync(turnContext, CoachReplies.Steady, cancellationToken);
                break;
            default:
                await OfferAsync(turnContext, CoachReplies.NotUnderstood, cancellationToken, CoachOffer.NotUnderstood(turnContext.Activity.Text));
                break;
        }
    }

    private async Task TouchAsync(DialogContext dialogContext, CancellationToken cancellationToken)
    {
        if (dialogContext.Stack.Count > 0)
        {
            await _memory.FlowTouchedAt.SetAsync(dialogContext.Context, _time.GetUtcNow(), cancellationToken);
        }
        else if (await _memory.FlowTouchedAt.GetAsync(dialogContext.Context, cancellationToken: cancellationToken) is not null)
        {
            await _memory.FlowTouchedAt.DeleteAsync(dialogContext.Context, cancellationToken);
        }
    }

    private static async Task OfferAsync(ITurnContext turnContext, string line, CancellationToken cancellationToken, IReadOnlyList<CoachOffer>? offers = null)
    {
        var reply = Activity.CreateMessageActivity();
        reply.Attachments = [OffersCard.Create(line, offers ?? CoachOffer.Everything)];
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var welcome = Activity.CreateMessageActivity();
        welcome.Attachments = [WelcomeCard.Create(new WelcomeCardModel(turnContext.Activity.From?.Name))];
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }

    private static string Ago(TimeSpan idle) =>
        idle.TotalHours >= 48 ? $"{(int)idle.TotalDays} days ago" : idle.TotalHours >= 2 ? $"{(int)idle.TotalHours} hours ago" : $"{Math.Max(1, (int)idle.TotalMinutes)} minutes ago";

    [LoggerMessage(EventId = LogEventIds.IntentRouted, Level = LogLevel.Information, Message = "Free text ({Length} chars) routed as {Intent} (score {Score}).")]
    private static partial void IntentRouted(ILogger logger, CoachIntent intent, int score, int length);

    [LoggerMessage(EventId = LogEventIds.PastedDraftRouted, Level = LogLevel.Information, Message = "A pasted draft ({Length} chars) went straight to the review.")]
    private static partial void PastedDraftRouted(ILogger logger, int length);

    [LoggerMessage(EventId = LogEventIds.CardActionRouted, Level = LogLevel.Information, Message = "Card action {Action} routed.")]
    private static partial void ActionRouted(ILogger logger, string action);

    [LoggerMessage(EventId = LogEventIds.StaleFlowSetAside, Level = LogLevel.Information, Message = "Open flow {DialogId} set aside after {IdleMinutes} idle minutes (stale: {Stale}).")]
    private static partial void FlowSetAside(ILogger logger, string dialogId, int idleMinutes, bool stale);
}
