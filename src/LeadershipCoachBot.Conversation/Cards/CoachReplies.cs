namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The coach's short plain-text lines.</summary>
public static class CoachReplies
{
    /// <summary>For a leader punishing themselves: accountability without self-punishment, then the next useful step.</summary>
    public const string Steady =
        "This is a hard moment, and it is a test, not a verdict on you. Owning it means fixing what broke and telling people plainly; " +
        "punishing yourself in public helps no one. Pick the next useful step:";

    public const string NotUnderstood =
        "I didn't catch what you need. Tell me in a few words (\"we're down\", \"help me write the exec update\"), paste a draft to review, or pick one:";

    public const string NothingToCancel =
        "There's nothing to cancel: no check or draft is open. Here's what I can start:";

    public const string OutOfDate =
        "That card's data is out of date or incomplete, so I can't redraft from it. Start a fresh one:";

    /// <summary>A step failed in the coach's own code: the step is ended so the user is not stuck on it.</summary>
    public const string SomethingWentWrong =
        "Something went wrong on my side in that step, so I've ended it. Send **help** to start again or see what I can do.";

    /// <summary>State could not be read or saved in time: nothing of this message was kept, everything before it was.</summary>
    public const string NotSaved =
        "I couldn't save that just now, so I haven't taken it. Everything you told me before it is kept; please send it again in a minute.";

    public const string MessagesCrossed =
        "Two of your messages reached me at the same moment and I kept the first. Please send your last message again.";

    /// <summary>What a request the coach cannot serve yet gets: it says so, and offers what it can.</summary>
    public static string NotYet(string what) =>
        $"{what} isn't something I can do yet. Here's what I can help with right now:";
}
