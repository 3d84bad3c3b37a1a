namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>The result of reviewing one draft.</summary>
public sealed record ToneReview(
    DraftKind Kind,
    bool KindWasGuessed,
    IReadOnlyList<ToneFinding> Findings,
    IReadOnlyList<ApologyComponent> ApologyComponents)
{
    /// <summary><c>ready</c> when no finding is high or medium, else <c>revise</c>.</summary>
    public ToneVerdict Verdict =>
        Findings.Any(f => f.Severity >= FindingSeverity.Medium) ? ToneVerdict.Revise : ToneVerdict.Ready;
}
