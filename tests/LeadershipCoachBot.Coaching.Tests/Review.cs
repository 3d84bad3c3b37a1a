using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Small conveniences for asserting on reviews.</summary>
internal static class Review
{
    public static IReadOnlySet<ToneCategory> Categories(string draft, DraftKind kind) =>
        ToneReviewer.Review(draft, kind).Findings.Select(f => f.Category).ToHashSet();

    public static void AssertSpansConsistent(string draft, ToneReview review)
    {
        foreach (var finding in review.Findings)
        {
            if (finding.Start is null)
            {
                Assert.Null(finding.Length);
                Assert.Null(finding.Quote);
                Assert.Null(finding.Sentence);
                continue;
            }

            Assert.InRange(finding.Start.Value, 0, draft.Length);
            Assert.InRange(finding.Length!.Value, 1, draft.Length - finding.Start.Value);
            Assert.Equal(draft.Substring(finding.Start.Value, finding.Length.Value), finding.Quote);
            Assert.True(finding.Sentence >= 1);
        }
    }
}
