using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>What the draft review knows before it sees the draft; kept in dialog state between turns.</summary>
/// <param name="Kind">The kind the user picked; null when they were not sure and the reviewer guesses.</param>
public sealed record ReviewDraftAnswers(DraftKind? Kind = null);
