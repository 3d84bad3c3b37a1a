using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web.Tests.Host;

/// <summary>A bot answering <c>Action.Execute</c> presses with a short message naming the verb.</summary>
internal sealed class CardActionBot : ActivityHandler
{
    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardInvokeAsync(ITurnContext turnContext, AdaptiveCardInvokeValue invokeValue, CancellationToken cancellationToken) =>
        Task.FromResult(new AdaptiveCardInvokeResponse
        {
            StatusCode = 200,
            Type = AdaptiveCardInvokeResponse.MessageType,
            Value = $"Done: {invokeValue.Action?.Verb}",
        });
}
