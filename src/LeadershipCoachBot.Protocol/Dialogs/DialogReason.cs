namespace LeadershipCoachBot.Protocol.Dialogs;

/// <summary>Why a dialog is being started, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
