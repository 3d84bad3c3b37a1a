namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>The parts a good message carries; each one's absence is a <c>missing-*</c> category.</summary>
internal enum DraftElement
{
    Ownership,
    Learning,
    NextSteps,
    Impact,
    Uncertainty,
    NextUpdate,

    /// <summary>The writer owns the choice of a supplier or dependency; a supplier's fault stated beside it is not blame.</summary>
    OwnedDependency,
}
