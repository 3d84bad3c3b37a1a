using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The Leadership Coach bot. It only routes: a welcome on install or when a person joins; for a
/// message, the active goal dialog if there is one, else the goal the user asked for (triage or
/// review), the welcome card for <c>help</c>, or a pointer to <c>help</c>.
/// </summary>
public sealed class CoachBot : ActivityHandler
{
    private static readonly string[] TriageWords = [CardActions.Triage, "incident", "triage an incident", "start triage"];
    private static readonly string[] ReviewWords = [CardActions.Review, "review a draft", "check my draft"];

    private readonly CoachState _state;
    private readonly CoachDialogs _dialogs;
    private readonly StatefulTurn _statefulTurn;

    public CoachBot(CoachState state, CoachDialogs dialogs, StatefulTurn statefulTurn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(statefulTurn);
        _state = state;
        _dialogs = dialogs;
        _statefulTurn = statefulTurn;
    }

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        _statefulTurn.RunAsync(turnContext, base.OnTurnAsync, cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!await _state.MarkProcessedAsync(turnContext, cancellationToken))
        {
            return;
        }

        var dialogContext = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dialogContext.ActiveDialog is not null
            && (await dialogContext.ContinueDialogAsync(cancellationToken)).Status != DialogTurnStatus.Empty)
        {
            return;
        }

        var activity = turnContext.Activity;
        var said = (CardSubmit.GetString(activity, CardActions.Field) ?? activity.Text)?.Trim();
        if (IsHelp(said))
        {
            await SendWelcomeAsync(turnContext, activity.From?.Name, cancellationToken);
        }
        else if (TriageWords.Contains(said, StringComparer.OrdinalIgnoreCase))
        {
            await dialogContext.BeginDialogAsync(nameof(IncidentTriageDialog), cancellationToken: cancellationToken);
        }
        else if (ReviewWords.Contains(said, StringComparer.OrdinalIgnoreCase))
        {
            await dialogContext.BeginDialogAsync(nameof(ReviewDraftDialog), cancellationToken: cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(CoachReplies.NotUnderstood, cancellationToken);
        }
    }

    /// <summary>
    /// Welcomes people who join. When the bot is added in the same update (an install), the
    /// <c>installationUpdate</c> that Teams sends with it carries the welcome instead, so it comes once.
    /// </summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        if (turnContext.Activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal)) == true)
        {
            return;
        }

        // One welcome per update however many join: a large add must not fan out into a card each.
        await SendWelcomeAsync(turnContext, membersAdded.Count == 1 ? membersAdded[0].Name : null, cancellationToken);
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return SendWelcomeAsync(turnContext, turnContext.Activity.From?.Name, cancellationToken);
    }

    private static bool IsHelp(string? said) =>
        string.Equals(said, CardActions.Help, StringComparison.OrdinalIgnoreCase) || said == "?";

    private static async Task SendWelcomeAsync(ITurnContext turnContext, string? userName, CancellationToken cancellationToken)
    {
        var welcome = Activity.CreateMessageActivity();
        welcome.Attachments = [WelcomeCard.Create(new WelcomeCardModel(userName))];
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }
}
