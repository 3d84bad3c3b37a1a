namespace LeadershipCoachBot.Coaching.ToneReview;

public enum ToneVerdict
{
    Ready,
    Revise,
}
