using LeadershipCoachBot.Coaching.OneOnOnes;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="OneOnOnePrepDialog"/> may be started: with the role already known, it skips that question.</summary>
public sealed record OneOnOnePrepOptions(PersonRole? Role = null);
