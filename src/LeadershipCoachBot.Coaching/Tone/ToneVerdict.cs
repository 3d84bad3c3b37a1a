namespace LeadershipCoachBot.Coaching.Tone;

public enum ToneVerdict
{
    Ready,
    Revise,
}
