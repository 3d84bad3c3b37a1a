using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;
using LeadershipCoachBot.Protocol.Teams;
using LeadershipCoachBot.Protocol.Turns;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>
/// Where a turn's lessons are kept: in a Teams team's channel, the team's record, shared by its
/// members; anywhere else, the user's own record. Also the opaque key of the user who speaks.
/// </summary>
/// <param name="StorageKey"><c>{channelId}/teams/{teamId}/lessons</c> or <c>{channelId}/users/{userId}/lessons</c>.</param>
/// <param name="IsTeam">Whether the record is the team's.</param>
/// <param name="Author">A hash of the channel and user id: who recorded a lesson, without storing the id itself.</param>
public sealed record LessonShelf(string StorageKey, bool IsTeam, string Author)
{
    public static LessonShelf For(ITurnContext turnContext) => Of(turnContext, teamRecord: true);

    /// <summary>The speaker's own record, wherever the turn is (in a team's channel too).</summary>
    public static LessonShelf OwnRecordOf(ITurnContext turnContext) => Of(turnContext, teamRecord: false);

    private static LessonShelf Of(ITurnContext turnContext, bool teamRecord)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channel = activity.ChannelId is { Length: > 0 } c
            ? c
            : throw new InvalidOperationException("The activity has no channelId, so lessons have no key; the channel must send channelId.");
        var user = activity.From?.Id is { Length: > 0 } u
            ? u
            : throw new InvalidOperationException("The activity has no from.id, so lessons have no key; the channel must send from.id.");
        var author = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}/{user}")))[..24];
        var team = teamRecord ? TeamIdOf(activity) : null;
        return team is { Length: > 0 }
            ? new LessonShelf($"{channel}/teams/{team}/lessons", IsTeam: true, author)
            : new LessonShelf($"{channel}/users/{user}/lessons", IsTeam: false, author);
    }

    /// <summary>The team of a channel message; none when the channel data is missing or not Teams' shape.</summary>
    private static string? TeamIdOf(Activity activity)
    {
        try
        {
            return activity.GetChannelData<TeamsChannelData>().Team?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
