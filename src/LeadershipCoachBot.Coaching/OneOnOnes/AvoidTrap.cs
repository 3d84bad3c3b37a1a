namespace LeadershipCoachBot.Coaching.OneOnOnes;

/// <summary>The four ways a 1:1 after a failure goes wrong.</summary>
public enum AvoidTrap
{
    Blame,
    ManagingTheirFeelings,
    CentringYourRegret,
    PromisesYouCannotKeep,
}
