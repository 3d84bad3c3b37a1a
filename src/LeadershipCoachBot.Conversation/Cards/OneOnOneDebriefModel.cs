using LeadershipCoachBot.Coaching.OneOnOnes;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>What the debrief card shows: how it went, the line noted, the follow-up, and whether it was kept with a prepared 1:1.</summary>
public sealed record OneOnOneDebriefModel(MeetingLanding Landing, string? Line, FollowUp FollowUp, bool Kept);
