namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>What the leader tells us before a hard conversation.</summary>
/// <param name="WhatHappened">What happened, in a line; null when skipped.</param>
/// <param name="Commitment">The one thing the leader commits to now; null when skipped.</param>
public sealed record HardConversationRequest(HardConversationKind Kind, string? WhatHappened = null, string? Commitment = null);
