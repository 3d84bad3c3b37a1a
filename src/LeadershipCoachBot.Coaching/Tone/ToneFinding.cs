namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>
/// One thing to fix. Phrasing findings point at the words (<see cref="Sentence"/> is 1-based;
/// <see cref="Start"/> and <see cref="Length"/> are UTF-16 offsets into the draft and
/// <see cref="Quote"/> is exactly that slice); structural findings have none of the four. A finding whose
/// category and words recur later in the draft is reported once, at its first place; <see cref="Occurrences"/>
/// says how many times the draft has it.
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
    string? Rule = null,
    int Occurrences = 1);
