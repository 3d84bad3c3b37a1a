using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Drafting;

/// <summary>The leader's time zone, as Teams reports it in the <c>clientInfo</c> entity of each message.</summary>
public static class LeaderClock
{
    /// <summary>The IANA zone in the activity's <c>clientInfo</c> entity (<c>"timezone": "Europe/Berlin"</c>), or null.</summary>
    public static string? ZoneOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var entity in activity.Entities ?? [])
        {
            if (string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase)
                && entity.Properties?.TryGetValue("timezone", out var zone) == true
                && zone.ValueKind == System.Text.Json.JsonValueKind.String)
            {
                return zone.GetString();
            }
        }

        return null;
    }

    /// <summary>The update time in the zone when the zone is known to this machine; in UTC alone otherwise.</summary>
    public static NextUpdateTime At(DateTimeOffset at, string? zoneId)
    {
        if (zoneId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return new NextUpdateTime(at, zoneId, zone.GetUtcOffset(at));
        }

        return new NextUpdateTime(at);
    }
}
