namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>When to come back to the person, and about what.</summary>
/// <param name="On">The day: <paramref name="AfterDays"/> from today, moved to the Monday when it falls on a weekend.</param>
public sealed record FollowUp(DateOnly On, int AfterDays, string About)
{
    /// <summary>A follow-up <paramref name="afterDays"/> from <paramref name="today"/>, on a weekday.</summary>
    public static FollowUp After(DateOnly today, int afterDays, string about)
    {
        var day = today.AddDays(afterDays);
        day = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(2),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
        return new FollowUp(day, afterDays, about);
    }
}
