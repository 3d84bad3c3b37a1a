namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The coach's short plain-text lines.</summary>
public static class CoachReplies
{
    public const string NotUnderstood =
        "I'm not sure what you'd like me to do with that. Send **help** to see what I can help with.";

    public const string SomethingWentWrong =
        "Something went wrong on my side and I've stopped that step. Your earlier answers are safe; send **help** to see what I can do.";

    public const string MessagesCrossed =
        "Two of your messages reached me at the same moment and I kept the first. Please send your last message again.";
}
