namespace LeadershipCoachBot.Coaching.Tone.Rules;

/// <summary>Words that suggest what kind of draft this is, and how strongly.</summary>
internal sealed record KindCue(string Name, DraftKind Kind, int Weight, string Pattern);
