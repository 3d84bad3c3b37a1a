namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The coach's short plain-text lines.</summary>
public static class CoachReplies
{
    public const string NotUnderstood =
        "I'm not sure what you'd like me to do with that. Send **help** to see what I can help with.";

    /// <summary>A step failed in the coach's own code: the step is ended so the user is not stuck on it.</summary>
    public const string SomethingWentWrong =
        "Something went wrong on my side in that step, so I've ended it. Send **help** to start again or see what I can do.";

    /// <summary>State could not be read or saved in time: nothing of this message was kept, everything before it was.</summary>
    public const string NotSaved =
        "I couldn't save that just now, so I haven't taken it. Everything you told me before it is kept; please send it again in a minute.";

    public const string MessagesCrossed =
        "Two of your messages reached me at the same moment and I kept the first. Please send your last message again.";
}
