namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The coach's short plain-text lines.</summary>
public static class CoachReplies
{
    public const string NotUnderstood =
        "I didn't catch what you need. Tell me in a few words (\"we're down\", \"help me write the exec update\"), paste a draft to review, or pick one:";

    public const string NothingToCancel =
        "There's nothing to cancel: no check or draft is open. Here's what I can start:";

    public const string OutOfDate =
        "That card's data is out of date or incomplete, so I can't redraft from it. Start a fresh one:";

    public const string SomethingWentWrong =
        "Something went wrong on my side and I've stopped that step. Your earlier answers are safe; send **help** to see what I can do.";

    public const string MessagesCrossed =
        "Two of your messages reached me at the same moment and I kept the first. Please send your last message again.";

    /// <summary>What a request the coach cannot serve yet gets: it says so, and offers what it can.</summary>
    public static string NotYet(string what) =>
        $"{what} isn't something I can do yet. Here's what I can help with right now:";
}
