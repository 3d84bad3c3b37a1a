namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>
/// The result of reviewing one draft. <see cref="RevisedDraft"/> is the draft with every applicable suggestion
/// applied, checked again so that it raises no category the draft did not; the draft as it was when nothing applies
/// (then <see cref="IsRevised"/> is false). It is worked out on first read, so a review that never shows it costs no more.
/// </summary>
public sealed record ToneReview(
    DraftKind Kind,
    bool KindWasGuessed,
    IReadOnlyList<ToneFinding> Findings,
    IReadOnlyList<ApologyComponent> ApologyComponents)
{
    private readonly Lazy<(string Text, bool Changed)>? _revision;
    private readonly string? _revisedDraft;
    private readonly bool? _isRevised;

    /// <summary>A review whose revised draft is given (as a card or a test builds one).</summary>
    public ToneReview(DraftKind kind, bool kindWasGuessed, IReadOnlyList<ToneFinding> findings, IReadOnlyList<ApologyComponent> apologyComponents, string revisedDraft)
        : this(kind, kindWasGuessed, findings, apologyComponents)
    {
        _revisedDraft = revisedDraft;
    }

    internal ToneReview(DraftKind kind, bool kindWasGuessed, IReadOnlyList<ToneFinding> findings, IReadOnlyList<ApologyComponent> apologyComponents, Func<(string Text, bool Changed)> revise)
        : this(kind, kindWasGuessed, findings, apologyComponents)
    {
        _revision = new Lazy<(string, bool)>(revise);
    }

    public string RevisedDraft => _revisedDraft ?? _revision?.Value.Text ?? string.Empty;

    /// <summary>Whether <see cref="RevisedDraft"/> differs from the draft.</summary>
    public bool IsRevised
    {
        get => _isRevised ?? _revision?.Value.Changed ?? false;
        init => _isRevised = value;
    }

    /// <summary><c>ready</c> when no finding is high or medium, else <c>revise</c>.</summary>
    public ToneVerdict Verdict =>
        Findings.Any(f => f.Severity >= FindingSeverity.Medium) ? ToneVerdict.Revise : ToneVerdict.Ready;
}
