using LeadershipCoachBot.Coaching.OneOnOnes;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>The last 1:1 prepared in this conversation, and how the meetings went (newest last).</summary>
public sealed record OneOnOneRecord(PersonRole Role, DateOnly PreparedOn, IReadOnlyList<OneOnOneOutcome> Outcomes);
