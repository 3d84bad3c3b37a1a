using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadershipCoachBot.Protocol.Teams;

/// <summary><c>channelData.notification</c>: <c>alert</c> makes Teams raise a notification for the message.</summary>
public sealed class NotificationInfo
{
    public bool? Alert { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
