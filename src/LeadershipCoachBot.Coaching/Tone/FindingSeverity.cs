namespace LeadershipCoachBot.Coaching.Tone;

public enum FindingSeverity
{
    Low,
    Medium,
    High,
}
