using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Evaluation;

/// <summary>A draft with the categories a careful coach would flag in it.</summary>
public sealed record LabelledDraft(string Id, DraftKind Kind, string Text, IReadOnlySet<ToneCategory> Labels);
