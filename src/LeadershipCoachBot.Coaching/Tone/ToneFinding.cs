namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>
/// One thing to fix. Phrasing findings point at the words (<see cref="Sentence"/> is 1-based;
/// <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the draft and
/// <see cref="Quote"/> is exactly that slice); structural findings have none of the four.
/// </summary>
public sealed record ToneFinding(
    ToneCategory Category,
    FindingSeverity Severity,
    string Why,
    string Suggestion,
    int? Sentence = null,
    int? Start = null,
    int? Length = null,
    string? Quote = null,
    string? Rule = null);
