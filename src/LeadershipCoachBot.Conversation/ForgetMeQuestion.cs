namespace LeadershipCoachBot.Conversation;

/// <summary>An open <c>forget me</c> question, in the conversation's state: who asked, so only their yes or no answers it.</summary>
public sealed record ForgetMeQuestion(string? UserId);
