namespace LeadershipCoachBot.Web.Storage;

/// <summary>How long stored state is kept untouched, bound from the <c>Retention</c> section.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>State not written for this long (an abandoned flow, a leader who left) is deleted.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Stored items whose key ends with one of these are records a person keeps on purpose (the
    /// "Lessons We Paid For"), not state: the sweep leaves them, and <c>forget me</c> deletes them.
    /// </summary>
    public IList<string> KeepKeysEndingWith { get; set; } = ["/lessons"];

    /// <summary>How often each instance sweeps the table.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
