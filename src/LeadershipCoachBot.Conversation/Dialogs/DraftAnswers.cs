using LeadershipCoachBot.Coaching.Drafting;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The pre-post check so far; kept in dialog state between turns.</summary>
/// <param name="Total">How many questions this check asks (four when the impact came from a triage).</param>
/// <param name="Asked">How many it has asked.</param>
/// <param name="Cadence">The triage's update cadence, when a triage ran.</param>
/// <param name="TriagedDue">The next update time the triage set, when a triage ran: the default for the next update, so the draft and the triage card agree.</param>
public sealed record DraftAnswers(
    MessagePlan Plan,
    int Total,
    int Asked = 0,
    string? TimeZone = null,
    TimeSpan? Cadence = null,
    DateTimeOffset? TriagedDue = null);
