namespace LeadershipCoachBot.Web.Storage;

/// <summary>How long stored state is kept untouched, bound from the <c>Retention</c> section.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>State not written for this long (an abandoned flow, a leader who left) is deleted.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often each instance sweeps the table.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
