namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>The four traps as quick self-checks before a message goes out.</summary>
public static class TrapChecks
{
    public static IReadOnlyList<TrapCheck> All { get; } =
    [
        new("panic-reversal",
            "Am I about to reverse the decision before the damage is assessed?",
            "Rolling back or switching off the failing change to stop the harm is a normal safeguard: do it, and if it is done, say so. What waits for the data is reversing the whole decision; say when you will decide that."),
        new("hiding",
            "Am I blurring the impact, or tempted to stay quiet?",
            "Name the decision, the impact with a number, and what is still unknown; vague words read as hiding."),
        new("blame-shifting",
            "Am I pointing at others?",
            "Own the call. Speak of causes as gaps in the system, never as people."),
        new("shame-spiral",
            "Am I punishing myself in public?",
            "One honest line about how it feels is enough; then say what happens next. The moment is a test, not a verdict."),
    ];

    /// <summary>The check with <paramref name="id"/>, or null.</summary>
    public static TrapCheck? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
