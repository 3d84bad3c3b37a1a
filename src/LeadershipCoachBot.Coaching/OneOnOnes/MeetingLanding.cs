namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>How the 1:1 landed, in the leader's view.</summary>
public enum MeetingLanding
{
    Well,
    Mixed,
    Hard,
}
