namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>Which part of the recovery kit to show.</summary>
public enum RecoveryPart
{
    AllHands,
    Safeguards,
    Retro,
    All,
}
