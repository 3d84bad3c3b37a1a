using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>A sentence pasted several times is one finding that counts its copies; the revised draft still mends every copy.</summary>
public class RepeatedFindingTests
{
    private const string Repeated = "The data team botched the export job again.";

    [Fact]
    public void Review_SameFlaggedSentenceThreeTimes_ReportsOneFindingCountingThree()
    {
        var draft = $"{Repeated} Orders stalled for an hour. {Repeated} I approved the schedule. {Repeated}";

        var findings = ToneReviewer.Review(draft, DraftKind.TeamMessage).Findings.Where(f => f.Category == ToneCategory.BlameShifting).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(3, finding.Occurrences);
        Assert.Equal(1, finding.Sentence);
    }

    [Fact]
    public void Review_SameFlaggedSentenceTwice_RevisedDraftMendsBothCopies()
    {
        var review = ToneReviewer.Review($"{Repeated} Orders stalled for an hour. {Repeated}", DraftKind.TeamMessage);

        Assert.True(review.IsRevised);
        Assert.DoesNotContain("data team botched", review.RevisedDraft, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_DifferentFlaggedWords_StaySeparateFindings()
    {
        var draft = "The data team botched the export job. The billing team botched the invoice run.";

        var findings = ToneReviewer.Review(draft, DraftKind.TeamMessage).Findings.Where(f => f.Category == ToneCategory.BlameShifting).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(1, f.Occurrences));
    }

    [Fact]
    public void Review_RepeatDifferingOnlyInCaseAndSpacing_CountsAsTheSameWords()
    {
        var draft = $"{Repeated} Orders stalled for an hour. The DATA team   botched the export  job again.";

        var findings = ToneReviewer.Review(draft, DraftKind.TeamMessage).Findings.Where(f => f.Category == ToneCategory.BlameShifting).ToList();

        Assert.Equal(2, Assert.Single(findings).Occurrences);
    }
}
