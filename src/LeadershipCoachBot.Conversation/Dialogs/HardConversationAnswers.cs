using LeadershipCoachBot.Coaching.HardConversations;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The hard-conversation answers gathered so far; kept in dialog state between turns.</summary>
public sealed record HardConversationAnswers(HardConversationKind? Kind = null, string? WhatHappened = null);
