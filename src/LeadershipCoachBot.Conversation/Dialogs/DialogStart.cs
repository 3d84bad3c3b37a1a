namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>Which goal dialog a command starts, and the options it starts with.</summary>
public sealed record DialogStart(string DialogId, object? Options = null);
