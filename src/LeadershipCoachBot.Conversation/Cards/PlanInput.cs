namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>One answer box of a pre-post check question.</summary>
public sealed record PlanInput(string Id, string Label, string Placeholder, bool IsMultiline = false);
