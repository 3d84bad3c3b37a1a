namespace LeadershipCoachBot.Coaching.Recovery;

/// <summary>What happened to a lesson offered to the record.</summary>
public enum LessonAddOutcome
{
    Added,
    Empty,
    TooLong,
    Full,
}
