using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation;

/// <summary>
/// The Leadership Coach bot. It only routes: a welcome on install or when a person joins, the
/// welcome card for <c>help</c> (typed or pressed), and a pointer to <c>help</c> for anything else.
/// </summary>
public sealed class CoachBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var said = (CardSubmit.ReadAction(activity) ?? activity.Text)?.Trim();
        if (IsHelp(said))
        {
            await SendWelcomeAsync(turnContext, activity.From?.Name, cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(CoachReplies.NotUnderstood, cancellationToken);
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

        foreach (var member in membersAdded)
        {
            await SendWelcomeAsync(turnContext, member.Name, cancellationToken);
        }
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
