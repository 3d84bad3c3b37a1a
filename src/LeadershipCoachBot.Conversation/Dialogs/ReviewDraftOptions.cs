using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How a review starts: with the draft already in hand (reviewed at once), and the kind when known (else guessed).</summary>
public sealed record ReviewDraftOptions(string? Draft = null, DraftKind? Kind = null);
