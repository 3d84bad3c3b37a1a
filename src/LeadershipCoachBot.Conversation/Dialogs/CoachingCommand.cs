namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>What a user can say at any step of a coaching dialog.</summary>
public enum CoachingCommand
{
    None,
    Help,
    Cancel,
    StartOver,
}
