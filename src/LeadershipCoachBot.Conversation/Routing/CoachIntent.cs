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

    /// <summary>The leader is punishing themselves ("I'm a terrible leader", "I should quit"): a steadying line first.</summary>
    SelfDoubt,
}
