using LeadershipCoachBot.Coaching.OneOnOnes;

namespace LeadershipCoachBot.Conversation.Recovery;

/// <summary>One line on how a 1:1 went, as the leader wrote it (null when they skipped it).</summary>
public sealed record OneOnOneOutcome(DateOnly On, MeetingLanding Landing, string? Line);
