using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>The macro F1 averages only the categories some draft is labelled with.</summary>
public class ToneEvaluationTests
{
    [Fact]
    public void MacroF1_CategoryWithoutSupport_IsLeftOutOfTheMean()
    {
        var scores = Enum.GetValues<ToneCategory>()
            .Select(c => c switch
            {
                ToneCategory.Hiding => new CategoryScore(c, TruePositives: 1, FalsePositives: 1, FalseNegatives: 0),
                ToneCategory.BlameShifting => new CategoryScore(c, TruePositives: 2, FalsePositives: 0, FalseNegatives: 0),
                ToneCategory.ShameSpiral => new CategoryScore(c, TruePositives: 0, FalsePositives: 3, FalseNegatives: 0),
                _ => new CategoryScore(c, 0, 0, 0),
            })
            .ToList();

        var report = new ToneEvaluationReport(4, scores, []);

        Assert.Equal([ToneCategory.Hiding, ToneCategory.BlameShifting], report.Averaged.Select(c => c.Category));
        Assert.Equal((2.0 / 3 + 1) / 2, report.MacroF1, precision: 10);
    }

    [Fact]
    public void MacroF1_NoCategoryWithSupport_IsZeroOverNone()
    {
        var scores = Enum.GetValues<ToneCategory>().Select(c => new CategoryScore(c, 0, 0, 0)).ToList();

        var report = new ToneEvaluationReport(1, scores, []);

        Assert.Empty(report.Averaged);
        Assert.Equal(0, report.MacroF1);
    }

    [Fact]
    public void Evaluate_GoodDraftOnly_AveragesNothingInsteadOfScoringEveryCategoryPerfect()
    {
        var good = new LabelledDraft("good", DraftKind.TeamMessage, "Thanks for a calm week, everyone.", new HashSet<ToneCategory>());

        var report = ToneEvaluation.Evaluate([good]);

        Assert.Equal(13, report.Categories.Count);
        Assert.Empty(report.Averaged);
    }
}
