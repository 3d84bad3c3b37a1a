namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>The parts of an apology, most to least effective for repairing trust.</summary>
public enum ApologyComponent
{
    AcknowledgementOfResponsibility,
    OfferOfRepair,
    ExpressionOfRegret,
    Explanation,
    DeclarationOfRepentance,
    RequestForForgiveness,
}
