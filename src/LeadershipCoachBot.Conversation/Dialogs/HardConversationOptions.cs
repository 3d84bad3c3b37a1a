using LeadershipCoachBot.Coaching.HardConversations;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="HardConversationDialog"/> may be started: with the kind known, it skips that question.</summary>
public sealed record HardConversationOptions(HardConversationKind? Kind = null);
