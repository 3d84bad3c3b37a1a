namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>The seven phrasing categories, each with its rule table and principle (our wording of method.md).</summary>
internal static class PhrasingPolicies
{
    public static IReadOnlyList<PhrasingPolicy> All { get; } =
    [
        new(ToneCategory.PanicReversal, PanicReversalRules.All, PerSentence: true, Threshold: 3,
            "A sweeping reversal before the damage is assessed trades one shock for another; stabilise, then unwind on data.",
            "Contain the part that failed, and say when the wider decision will be made and on what evidence."),
        new(ToneCategory.Hiding, HidingRules.All, PerSentence: false, Threshold: 2,
            "Soft or shrunken wording reads as concealment; name the decision, the impact and the unknowns.",
            "Replace the soft words with who was affected, how many, and for how long."),
        new(ToneCategory.BlameShifting, BlameShiftingRules.All, PerSentence: false, Threshold: 2,
            "Pointing at people reads as deflection; own the call and describe causes as gaps in the system.",
            "Our process let this through without a check that would have caught it, and that call was mine."),
        new(ToneCategory.ShameSpiral, ShameSpiralRules.All, PerSentence: false, Threshold: 2,
            "Self-punishment makes readers look after you; carry the consequence, not a verdict on your worth.",
            "I got this wrong, and putting it right is my focus now."),
        new(ToneCategory.SelfCentering, SelfCenteringRules.All, PerSentence: false, Threshold: 4,
            "Your strain is real, but here it crowds out the people who were affected; one honest line is enough.",
            "Keep one line about how you feel, then turn to the people affected and what happens next."),
        new(ToneCategory.Overpromising, OverpromisingRules.All, PerSentence: false, Threshold: 2,
            "Certainty the facts cannot back will be tested and broken; promise actions and checks, not outcomes.",
            "[The safeguard] is in place; we'll tell you what it covers and what it doesn't."),
        new(ToneCategory.NonApology, NonApologyRules.All, PerSentence: false, Threshold: 2,
            "A conditional or deflecting apology puts the problem on the reader; name your act and its cost.",
            "I'm sorry for [what I did, and its cost to you]."),
    ];
}
