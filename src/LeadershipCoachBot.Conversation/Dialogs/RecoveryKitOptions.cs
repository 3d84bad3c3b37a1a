namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="RecoveryKitDialog"/> may be started: with the part known, it skips that question.</summary>
public sealed record RecoveryKitOptions(RecoveryPart? Part = null);
