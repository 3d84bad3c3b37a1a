namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>What a draft is; decides which structural checks apply.</summary>
public enum DraftKind
{
    ExecUpdate,
    IncidentUpdate,
    Apology,
    TeamMessage,
}
