namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>Per-category scores, their macro F1, and the drafts the review got most wrong.</summary>
public sealed record ToneEvaluationReport(
    int DraftCount,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<DraftMiss> Misses)
{
    /// <summary>The unweighted mean of the thirteen categories' F1.</summary>
    public double MacroF1 => Categories.Count == 0 ? 0 : Categories.Average(c => c.F1);
}
