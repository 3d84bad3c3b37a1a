namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>What a leader's free text asks the coach for.</summary>
public enum CoachIntent
{
    /// <summary>Nothing the coach recognises.</summary>
    None,
    Help,
    Cancel,
    Triage,
    ExecUpdate,
    IncidentUpdate,
    Apology,
    TeamMessage,
    Review,
    OneOnOne,
    Retro,
    Recovery,
    Lesson,
    Lessons,
    ForgetLessons,
}
