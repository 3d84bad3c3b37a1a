namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="RecoveryKitDialog"/> may be started: with the part known, it skips that question.</summary>
/// <param name="Part">The part asked for, or null to ask.</param>
/// <param name="Stable">The request said the incident is stable or resolved ("we're stable now, plan the all-hands").</param>
public sealed record RecoveryKitOptions(RecoveryPart? Part = null, bool Stable = false);
