namespace LeadershipCoachBot.Coaching.Drafting;

/// <summary>A message drafted from a plan: the sections, and the whole text ready to copy.</summary>
public sealed record DraftedMessage(MessagePlan Plan, IReadOnlyList<DraftSection> Sections, string Text);
