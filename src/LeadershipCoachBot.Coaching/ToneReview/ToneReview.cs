namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>
/// The result of reviewing one draft. <see cref="RevisedDraft"/> is the draft with every applicable suggestion
/// applied, checked again so that it raises no category the draft did not; the draft as it was when nothing applies
/// (then <see cref="IsRevised"/> is false).
/// </summary>
public sealed record ToneReview(
    DraftKind Kind,
    bool KindWasGuessed,
    IReadOnlyList<ToneFinding> Findings,
    IReadOnlyList<ApologyComponent> ApologyComponents,
    string RevisedDraft = "")
{
    /// <summary>Whether <see cref="RevisedDraft"/> differs from the draft.</summary>
    public bool IsRevised { get; init; }

    /// <summary><c>ready</c> when no finding is high or medium, else <c>revise</c>.</summary>
    public ToneVerdict Verdict =>
        Findings.Any(f => f.Severity >= FindingSeverity.Medium) ? ToneVerdict.Revise : ToneVerdict.Ready;
}
