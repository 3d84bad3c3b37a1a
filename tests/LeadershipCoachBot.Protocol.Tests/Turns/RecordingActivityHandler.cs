using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Tests.Turns;

/// <summary>Records which handler methods ran and with what; answers the invokes it is given answers for.</summary>
internal sealed class RecordingActivityHandler : ActivityHandler
{
    public List<string> Calls { get; } = [];

    public string? MessageText { get; private set; }

    public IList<ChannelAccount>? Members { get; private set; }

    public MessagingExtensionAction? SubmittedAction { get; private set; }

    public AdaptiveCardInvokeResponse? CardResponse { get; init; }

    public Exception? InvokeFailure { get; init; }

    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnMessageActivityAsync));
        MessageText = turnContext.Activity.Text;
        return Task.CompletedTask;
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnMembersAddedAsync));
        Members = membersAdded;
        return Task.CompletedTask;
    }

    protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnMembersRemovedAsync));
        Members = membersRemoved;
        return Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnInstallationUpdateAddAsync));
        return Task.CompletedTask;
    }

    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnInstallationUpdateRemoveAsync));
        return Task.CompletedTask;
    }

    protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnUnrecognizedActivityTypeAsync));
        return Task.CompletedTask;
    }

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnAdaptiveCardInvokeAsync));
        if (InvokeFailure is not null)
        {
            throw InvokeFailure;
        }

        return CardResponse is null ? base.OnAdaptiveCardInvokeAsync(turnContext, invokeValue, cancellationToken) : Task.FromResult(CardResponse);
    }

    protected override Task<MessagingExtensionActionResponse> OnTeamsMessagingExtensionSubmitActionAsync(ITurnContext turnContext, MessagingExtensionAction action, CancellationToken cancellationToken)
    {
        Calls.Add(nameof(OnTeamsMessagingExtensionSubmitActionAsync));
        SubmittedAction = action;
        return Task.FromResult(new MessagingExtensionActionResponse
        {
            Task = new TaskModuleMessageResponse { Value = "Reviewed." },
        });
    }
}
