namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// The action ids (in <see cref="CardActions.Field"/>) of the buttons that start the 1:1, lessons,
/// recovery and hard-conversation flows. Each is also the words a user can type to start it.
/// </summary>
public static class FollowThroughActions
{
    public const string OneOnOnePrep = "1:1 prep";
    public const string HowDidItGo = "how did it go";
    public const string AddLesson = "add a lesson";
    public const string Lessons = "lessons";
    public const string ExportLessons = "export lessons";
    public const string ForgetLessons = "forget my lessons";
    public const string Recovery = "recovery";
    public const string AllHands = "all-hands";
    public const string Safeguards = "safeguards";
    public const string Retro = "retro";
    public const string SafeguardDone = "safeguard done";
    public const string HardConversation = "hard conversation";

    /// <summary>The submit field naming the safeguard a Mark done button is for.</summary>
    public const string ItemField = "item";
}
