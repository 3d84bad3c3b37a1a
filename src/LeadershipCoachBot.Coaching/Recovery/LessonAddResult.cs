namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>The outcome of adding a lesson and the lessons as they now stand (unchanged unless added).</summary>
public sealed record LessonAddResult(LessonAddOutcome Outcome, IReadOnlyList<Lesson> Lessons);
