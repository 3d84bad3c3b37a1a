namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>What a draft is; decides which structural checks apply.</summary>
public enum DraftKind
{
    ExecUpdate,
    IncidentUpdate,
    Apology,
    TeamMessage,
}
