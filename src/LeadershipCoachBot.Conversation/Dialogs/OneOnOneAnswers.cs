using LeadershipCoachBot.Coaching.OneOnOnes;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The 1:1 prep answers gathered so far; kept in dialog state between turns.</summary>
public sealed record OneOnOneAnswers(PersonRole? Role = null, string? WhatHappened = null);
