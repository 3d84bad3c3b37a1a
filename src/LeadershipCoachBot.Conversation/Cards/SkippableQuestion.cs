namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>What a <see cref="SkippableQuestionCard"/> asks.</summary>
public sealed record SkippableQuestion(string Title, string Question, string InputId, string Placeholder, int MaxLength);
