namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>
/// How one phrasing category is decided: its rules, whether their weights add up per sentence or over the
/// whole draft, the total that raises it, the principle behind it and the line to offer when a rule has none.
/// </summary>
internal sealed record PhrasingPolicy(
    ToneCategory Category,
    IReadOnlyList<TextRule> Rules,
    bool PerSentence,
    int Threshold,
    string Why,
    string Fallback);
