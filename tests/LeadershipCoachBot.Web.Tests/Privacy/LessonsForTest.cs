using System.Text.Json.Nodes;
using LeadershipCoachBot.Protocol.State;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Web.Tests.Privacy;

/// <summary>Another kind of data kept per person, as a new feature would add one: registered, it is erased with the rest.</summary>
internal sealed class LessonsForTest(IStorage storage) : IPersonalData
{
    public const string Described = "the lessons you saved";

    public string Description => Described;

    public static string KeyFor(string channelId, string userId) => $"{channelId}/lessons/{userId}";

    public Task SaveAsync(string channelId, string userId) =>
        storage.WriteAsync(new Dictionary<string, JsonObject> { [KeyFor(channelId, userId)] = new() { ["lesson"] = "name the owner of each action" } });

    public async Task<bool> HoldsAnyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = KeyFor(turnContext.Activity.ChannelId!, turnContext.Activity.From!.Id!);
        return (await storage.ReadAsync([key], cancellationToken)).ContainsKey(key);
    }

    public async Task<bool> EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var existed = await HoldsAnyAsync(turnContext, cancellationToken);
        await storage.DeleteAsync([KeyFor(turnContext.Activity.ChannelId!, turnContext.Activity.From!.Id!)], cancellationToken);
        return existed;
    }
}
