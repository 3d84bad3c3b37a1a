using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Evaluation;

/// <summary>What the review got wrong on one draft: labels it missed and categories it raised wrongly.</summary>
public sealed record DraftMiss(string Id, IReadOnlyList<ToneCategory> Missed, IReadOnlyList<ToneCategory> Spurious)
{
    public int Errors => Missed.Count + Spurious.Count;
}
