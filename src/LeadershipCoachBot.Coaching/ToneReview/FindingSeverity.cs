namespace LeadershipCoachBot.Coaching.ToneReview;

public enum FindingSeverity
{
    Low,
    Medium,
    High,
}
