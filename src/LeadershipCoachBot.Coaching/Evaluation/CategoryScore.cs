using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Evaluation;

/// <summary>How well one category was found over a set of labelled drafts.</summary>
public sealed record CategoryScore(ToneCategory Category, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>1 when nothing was predicted (no false alarms).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>1 when nothing was labelled (nothing to miss).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public int Support => TruePositives + FalseNegatives;
}
