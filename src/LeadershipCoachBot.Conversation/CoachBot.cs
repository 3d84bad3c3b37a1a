using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Conversation.Dialogs;
using LeadershipCoachBot.Conversation.MessageActions;
using LeadershipCoachBot.Conversation.Routing;
using LeadershipCoachBot.Conversation.Teams;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The Leadership Coach bot. It only routes: a welcome on install or when a person joins; a message
/// goes through the <see cref="FrontDoor"/> (the open flow, a card button, a pasted draft, or what
/// the leader's words ask for).
/// </summary>
public sealed partial class CoachBot : ActivityHandler
{
    private readonly CoachState _state;
    private readonly CoachDialogs _dialogs;
    private readonly StatefulTurn _statefulTurn;
    private readonly FrontDoor _frontDoor;

    public CoachBot(CoachState state, CoachDialogs dialogs, StatefulTurn statefulTurn, FrontDoor frontDoor, ReviewToneAction reviewTone, SharedConversations sharedConversations)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(statefulTurn);
        ArgumentNullException.ThrowIfNull(frontDoor);
        ArgumentNullException.ThrowIfNull(reviewTone);
        ArgumentNullException.ThrowIfNull(sharedConversations);
        _state = state;
        _dialogs = dialogs;
        _statefulTurn = statefulTurn;
        _frontDoor = frontDoor;
        _reviewTone = reviewTone;
        _sharedConversations = sharedConversations;
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

        if (await _sharedConversations.TryHandleAsync(turnContext, Said(turnContext.Activity), cancellationToken))
        {
            return;
        }

        var dialogContext = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (FollowThroughCommands.Interruption(dialogContext.ActiveDialog?.Id, turnContext.Activity.Text) is { } interruption)
        {
            // "lesson: …" works at any time: recorded on top of the open dialog, which then asks its question again.
            await dialogContext.BeginDialogAsync(interruption.DialogId, interruption.Options, cancellationToken);
            return;
        }

        await _frontDoor.HandleAsync(dialogContext, cancellationToken);
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

    private static async Task SendWelcomeAsync(ITurnContext turnContext, string? userName, CancellationToken cancellationToken)
    {
        var welcome = Activity.CreateMessageActivity();
        welcome.Attachments = [WelcomeCard.Create(new WelcomeCardModel(userName))];
        await turnContext.SendActivityAsync(welcome, cancellationToken);
    }
}
