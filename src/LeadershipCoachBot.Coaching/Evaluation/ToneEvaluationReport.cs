namespace LeadershipCoachBot.Coaching.Evaluation;

/// <summary>Per-category scores, their macro F1, and the drafts the review got most wrong.</summary>
public sealed record ToneEvaluationReport(
    int DraftCount,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyList<DraftMiss> Misses)
{
    /// <summary>
    /// The categories the macro F1 averages: those with support (labelled in at least one draft). A category no
    /// draft is labelled with has nothing to recall, so its F1 says nothing about the review and is left out.
    /// </summary>
    public IReadOnlyList<CategoryScore> Averaged => [.. Categories.Where(c => c.Support > 0)];

    /// <summary>The unweighted mean F1 of the <see cref="Averaged"/> categories; 0 when none has support.</summary>
    public double MacroF1 => Averaged is { Count: > 0 } averaged ? averaged.Average(c => c.F1) : 0;
}
