namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>The cue tables that show each element is present.</summary>
internal static class ElementCues
{
    public static IReadOnlyList<TextRule> For(DraftElement element) => element switch
    {
        DraftElement.Ownership => OwnershipCues.All,
        DraftElement.Learning => LearningCues.All,
        DraftElement.NextSteps => NextStepCues.All,
        DraftElement.Impact => ImpactCues.All,
        DraftElement.Uncertainty => UncertaintyCues.All,
        DraftElement.NextUpdate => NextUpdateCues.All,
        DraftElement.OwnedDependency => DependencyCues.All,
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "No cue table for this element."),
    };
}
