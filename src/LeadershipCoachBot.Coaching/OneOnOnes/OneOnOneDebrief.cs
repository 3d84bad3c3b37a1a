namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>
/// After the 1:1: the follow-up to book, from the role prepared for (when known) and how it landed.
/// A hard meeting brings the follow-up forward; a good one keeps the plan's date.
/// </summary>
public static class OneOnOneDebrief
{
    public static FollowUp Suggest(PersonRole? role, MeetingLanding landing, DateOnly today)
    {
        var planned = role is { } known ? RoleGuides.For(known) : null;
        var days = planned?.FollowUpAfterDays ?? 7;
        var about = planned?.FollowUpAbout ?? "how they are doing, and anything you said you would come back on";
        return landing switch
        {
            MeetingLanding.Well => FollowUp.After(today, days, about),
            MeetingLanding.Mixed => FollowUp.After(today, Math.Max(2, days / 2), $"what stayed unsaid last time, then {about}"),
            MeetingLanding.Hard => FollowUp.After(
                today,
                1,
                "a short check-in: ask how they are after the talk, and say once more that the door is open. Then " + about),
            _ => throw new ArgumentOutOfRangeException(nameof(landing), landing, "Not a meeting landing."),
        };
    }
}
