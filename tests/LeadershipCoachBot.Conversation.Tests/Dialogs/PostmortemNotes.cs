namespace LeadershipCoachBot.Conversation.Tests.Dialogs;

/// <summary>What the small test dialog collects.</summary>
public sealed record PostmortemNotes(string Team, string? What = null, string? Impact = null, bool? Share = null);
