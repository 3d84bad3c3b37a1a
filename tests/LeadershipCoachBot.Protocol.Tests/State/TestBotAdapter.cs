using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Protocol.Tests.State;

/// <summary>An adapter that sends nowhere: state tests only need turn contexts.</summary>
internal sealed class TestBotAdapter : BotAdapter
{
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new ResourceResponse(activity.Id));

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A fresh turn in a Teams conversation from a user.</summary>
    public static TurnContext NewTurn(string conversationId = "19:abc@thread.tacv2;messageid=1", string userId = "29:1user") =>
        new(new TestBotAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount(userId),
            Recipient = new ChannelAccount("28:bot"),
            Text = "hello",
        });
}
