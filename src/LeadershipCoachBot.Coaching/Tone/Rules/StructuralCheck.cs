namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>A missing element that a kind of draft must carry, how much its absence matters there, and why.</summary>
internal sealed record StructuralCheck(
    DraftElement Element,
    ToneCategory Category,
    IReadOnlyDictionary<DraftKind, FindingSeverity> Severity,
    string Why,
    string Suggestion);
