namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>What <see cref="LessonsDialog"/> does with the lessons.</summary>
public enum LessonsAction
{
    List,
    Export,
    Forget,
}
