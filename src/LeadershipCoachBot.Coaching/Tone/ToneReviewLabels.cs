namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>
/// The words a person reads for draft kinds, finding categories and apology parts: the one place each is named
/// for people (<see cref="ToneIds"/> names them for machines). Every switch lists every member, so a new one does
/// not compile until it has its words.
/// </summary>
public static class ToneReviewLabels
{
    public static string Kind(DraftKind kind) => kind switch
    {
        DraftKind.ExecUpdate => "Update to executives",
        DraftKind.IncidentUpdate => "Incident update",
        DraftKind.Apology => "Apology",
        DraftKind.TeamMessage => "Message to my team",
    };

    public static string Category(ToneCategory category) => category switch
    {
        ToneCategory.PanicReversal => "Panic reversal",
        ToneCategory.Hiding => "Hiding",
        ToneCategory.BlameShifting => "Shifting blame",
        ToneCategory.ShameSpiral => "Shame spiral",
        ToneCategory.SelfCentering => "Centring yourself",
        ToneCategory.Overpromising => "Overpromising",
        ToneCategory.NonApology => "Non-apology",
        ToneCategory.MissingOwnership => "Missing: ownership",
        ToneCategory.MissingLearning => "Missing: what you learned",
        ToneCategory.MissingNextSteps => "Missing: next steps",
        ToneCategory.MissingImpact => "Missing: the impact",
        ToneCategory.MissingUncertainty => "Missing: what is still uncertain",
        ToneCategory.MissingNextUpdate => "Missing: when the next update comes",
    };

    public static string ApologyPart(ApologyComponent component) => component switch
    {
        ApologyComponent.AcknowledgementOfResponsibility => "Owning it",
        ApologyComponent.OfferOfRepair => "Offer to repair",
        ApologyComponent.ExpressionOfRegret => "Regret",
        ApologyComponent.Explanation => "Explanation",
        ApologyComponent.DeclarationOfRepentance => "What will change",
        ApologyComponent.RequestForForgiveness => "Asking forgiveness",
    };
}
