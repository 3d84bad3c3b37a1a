using LeadershipCoachBot.Coaching.Tone;
using Xunit.Abstractions;

namespace LeadershipCoachBot.Coaching.Tests;

public class ToneQualityGateTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Evaluate_DevDrafts_MeetsTheQualityGate()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
        var report = ToneEvaluation.Evaluate(DevDrafts.All);

        Assert.Equal(90, report.DraftCount);
        AssertMeetsGate(report);
    }

    [Fact]
    public void Evaluate_HoldoutDrafts_MeetsTheQualityGate()
    {
        var report = ToneEvaluation.Evaluate(HoldoutDrafts.All);

        Assert.True(report.DraftCount >= 80, $"Only {report.DraftCount} held-out drafts in {HoldoutDrafts.FilePath}.");
        AssertMeetsGate(report);
    }

    [Fact]
    public void HoldoutDrafts_EveryCategory_IsLabelledAtLeastEightTimes()
    {
        foreach (var category in Enum.GetValues<ToneCategory>())
        {
            var count = HoldoutDrafts.All.Count(d => d.Labels.Contains(category));
            Assert.True(count >= 8, $"{category.Id()} is labelled {count} times in the held-out drafts; the gate needs at least 8.");
        }

        Assert.True(HoldoutDrafts.All.Count(d => d.Labels.Count == 0) >= 10, "Too few clean held-out drafts to measure false alarms.");
    }

    [Fact]
    public void Evaluate_VoiceDrafts_MeetsTheHeldOutGate()
    {
        var report = ToneEvaluation.Evaluate(VoiceDrafts.All);

        Assert.True(report.DraftCount >= 60, $"Only {report.DraftCount} drafts in {VoiceDrafts.FilePath}.");
        AssertMeetsRealTextGate(report, eachCategory: false);
    }

    [Fact]
    public void Evaluate_RealStyleDrafts_HeldOutHalf_MeetsTheHeldOutGate()
    {
        var heldOut = RealStyleDrafts.HeldOut;
        var report = ToneEvaluation.Evaluate(heldOut);

        Assert.True(report.DraftCount >= 35, $"Only {report.DraftCount} held-out drafts in {RealStyleDrafts.FilePath}.");
        AssertMeetsRealTextGate(report, eachCategory: false);
    }

    [Fact]
    public void RealStyleDrafts_HeldOutHalf_CoversEveryPhrasingTrapAndGoodDrafts()
    {
        var heldOut = RealStyleDrafts.HeldOut;
        foreach (var category in Enum.GetValues<ToneCategory>().Where(c => !c.Id().StartsWith("missing-", StringComparison.Ordinal)))
        {
            var count = heldOut.Count(d => d.Labels.Contains(category));
            Assert.True(count >= 3, $"{category.Id()} is labelled {count} times in the held-out half; the gate needs at least 3.");
        }

        Assert.True(heldOut.Count(d => d.Labels.Count <= 1 && d.Labels.All(l => l.Id().StartsWith("missing-", StringComparison.Ordinal))) >= 6, "Too few good held-out drafts to measure false alarms.");
    }

    [SkippableFact]
    public void Evaluate_RealDrafts_MeetsTheRealTextGate()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.RealDrafts);
        var report = ToneEvaluation.Evaluate(LabelledDraftFile.Load(SharedFiles.RealDrafts));

        AssertMeetsRealTextGate(report, eachCategory: true);
    }

    [SkippableFact]
    public void Review_EveryDevDraft_QuotesExactlyTheSliceItPointsAt()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
        var phrasingFindings = 0;
        foreach (var draft in DevDrafts.All)
        {
            var review = ToneReviewer.Review(draft.Text, draft.Kind);
            Review.AssertSpansConsistent(draft.Text, review);
            phrasingFindings += review.Findings.Count(f => f.Quote is not null);
        }

        Assert.True(phrasingFindings >= 80, $"Only {phrasingFindings} phrasing findings on the dev drafts.");
    }

    [SkippableFact]
    public void Review_EveryDevFinding_SaysWhyAndOffersAConcreteLine()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
        foreach (var draft in DevDrafts.All)
        {
            foreach (var finding in ToneReviewer.Review(draft.Text, draft.Kind).Findings)
            {
                Assert.False(string.IsNullOrWhiteSpace(finding.Why));
                Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
                Assert.DoesNotContain("rephrase", finding.Suggestion, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("${", finding.Suggestion, StringComparison.Ordinal);
                Assert.DoesNotContain("{topic", finding.Suggestion, StringComparison.Ordinal);
            }
        }
    }

    [SkippableFact]
    public void Review_GoodDevDrafts_AreReady()
    {
        SharedFiles.SkipUnlessPresent(SharedFiles.DevDrafts);
        var good = DevDrafts.All.Where(d => d.Labels.Count == 0).ToList();

        Assert.NotEmpty(good);
        Assert.All(good, d => Assert.Equal(ToneVerdict.Ready, ToneReviewer.Review(d.Text, d.Kind).Verdict));
    }

    /// <summary>
    /// The bar for text the rules were not written against: macro F1 at least 0.85 over the categories that occur,
    /// and, when asked, each of those with recall at least 0.70 and precision at least 0.75.
    /// </summary>
    private void AssertMeetsRealTextGate(ToneEvaluationReport report, bool eachCategory)
    {
        Write(report);
        var supported = report.Categories.Where(c => c.Support > 0).ToList();
        var macro = supported.Average(c => c.F1);
        Assert.True(macro >= 0.85, $"Macro F1 over the {supported.Count} categories with support is {macro:F3}, under 0.85.");
        Assert.All(eachCategory ? supported : [], score =>
        {
            Assert.True(score.Precision >= 0.75, $"{score.Category.Id()} precision {score.Precision:F2} is under 0.75.");
            Assert.True(score.Recall >= 0.70, $"{score.Category.Id()} recall {score.Recall:F2} is under 0.70.");
        });
    }

    private void AssertMeetsGate(ToneEvaluationReport report)
    {
        Write(report);
        Assert.True(report.MacroF1 >= 0.85, $"Macro F1 {report.MacroF1:F3} is under 0.85.");
        Assert.All(report.Categories, score =>
        {
            Assert.True(score.Precision >= 0.80, $"{score.Category.Id()} precision {score.Precision:F2} is under 0.80.");
            Assert.True(score.Recall >= 0.75, $"{score.Category.Id()} recall {score.Recall:F2} is under 0.75.");
        });
    }

    private void Write(ToneEvaluationReport report)
    {
        output.WriteLine($"drafts {report.DraftCount}, macro F1 {report.MacroF1:F3}");
        foreach (var score in report.Categories)
        {
            output.WriteLine($"{score.Category.Id(),-22} P {score.Precision:F2} R {score.Recall:F2} (support {score.Support})");
        }

        foreach (var miss in report.Misses)
        {
            output.WriteLine($"{miss.Id}: missed [{string.Join(", ", miss.Missed.Select(c => c.Id()))}], spurious [{string.Join(", ", miss.Spurious.Select(c => c.Id()))}]");
        }
    }
}
