namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>The thirteen things a tone review can flag: seven phrasing traps and six missing moves.</summary>
public enum ToneCategory
{
    PanicReversal,
    Hiding,
    BlameShifting,
    ShameSpiral,
    SelfCentering,
    Overpromising,
    NonApology,
    MissingOwnership,
    MissingLearning,
    MissingNextSteps,
    MissingImpact,
    MissingUncertainty,
    MissingNextUpdate,
}
