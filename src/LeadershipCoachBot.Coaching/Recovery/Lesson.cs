namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>One lesson we paid for.</summary>
/// <param name="Text">The lesson, in the leader's words.</param>
/// <param name="Kind">Decision, surprise or scar tissue; null when not said.</param>
/// <param name="Incident">The incident it was recorded against, in a line; null when none was known.</param>
/// <param name="RecordedOn">The day it was recorded.</param>
/// <param name="Author">An opaque key of who recorded it, so they can forget their own.</param>
public sealed record Lesson(string Text, LessonKind? Kind, string? Incident, DateOnly RecordedOn, string Author);
