namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="LessonsDialog"/> is started: list, export or forget.</summary>
public sealed record LessonsOptions(LessonsAction Action = LessonsAction.List);
