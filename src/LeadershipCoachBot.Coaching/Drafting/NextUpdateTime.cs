using System.Globalization;

namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>
/// When the next update comes: the instant, and the leader's time zone (its name and its offset at
/// that instant) when known, so it reads in their time with UTC alongside.
/// </summary>
public sealed record NextUpdateTime(DateTimeOffset At, string? ZoneName = null, TimeSpan? ZoneOffset = null)
{
    /// <summary>"15:30 Europe/Berlin (14:30 UTC)", or "14:30 UTC" without a zone.</summary>
    public string Describe()
    {
        var utc = At.ToUniversalTime().ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture);
        if (ZoneName is not { Length: > 0 } zone || ZoneOffset is not { } offset || offset == TimeSpan.Zero && zone is "UTC" or "Etc/UTC")
        {
            return utc;
        }

        var local = At.ToOffset(offset).ToString("HH:mm", CultureInfo.InvariantCulture);
        return $"{local} {zone} time ({utc})";
    }
}
