namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>Who the welcome is for; the name is shown, never stored.</summary>
public sealed record WelcomeCardModel(string? UserName);
