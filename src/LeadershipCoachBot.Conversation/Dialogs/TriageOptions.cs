namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How a triage starts: with what is happening already said (the first question is then skipped).</summary>
public sealed record TriageOptions(string? Summary = null)
{
    /// <summary>A request of at least this many words already says what is happening.</summary>
    public const int SummaryWords = 5;

    /// <summary>The request itself as the summary when it says enough ("outage right now, checkout is failing"); "we're down" does not.</summary>
    public static TriageOptions From(string? request)
    {
        var trimmed = request?.Trim();
        return trimmed is { Length: > 0 and <= 300 } && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SummaryWords
            ? new TriageOptions(trimmed)
            : new TriageOptions();
    }
}
