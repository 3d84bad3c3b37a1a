namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>How <see cref="RecordLessonDialog"/> may be started: with the lesson already typed (<c>lesson: …</c>), it records it at once.</summary>
public sealed record RecordLessonOptions(string? Text = null);
