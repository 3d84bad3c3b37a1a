using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Protocol.Turns;

/// <summary>
/// A bot that routes each activity to a virtual method by type (and, for Teams, by invoke name
/// and installation action). Override what the bot handles; the rest is acknowledged and ignored.
/// Messages reach <see cref="OnMessageActivityAsync"/> with the bot's own mention removed.
/// </summary>
public partial class ActivityHandler : IBot
{
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                activity.Text = activity.RemoveRecipientMention();
                await OnMessageActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                var response = await InvokeAsync(turnContext, cancellationToken);
                await turnContext.SendActivityAsync(
                    new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(response, ProtocolJson.Options) },
                    cancellationToken);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls <see cref="OnMembersAddedAsync"/> and <see cref="OnMembersRemovedAsync"/> with the members other than the bot.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var added = OthersThanBot(activity.MembersAdded, activity);
        if (added.Count > 0)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        var removed = OthersThanBot(activity.MembersRemoved, activity);
        if (removed.Count > 0)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }
    }

    /// <summary>People (never the bot itself) added to the conversation.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>People (never the bot itself) removed from the conversation.</summary>
    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Routes <c>add</c>/<c>add-upgrade</c> and <c>remove</c>/<c>remove-upgrade</c>.</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Activities of other types (typing, reactions, events…): acknowledged, nothing else.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private static List<ChannelAccount> OthersThanBot(IList<ChannelAccount>? members, Activity activity) =>
        members is null
            ? []
            : [.. members.Where(m => !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal))];
}
