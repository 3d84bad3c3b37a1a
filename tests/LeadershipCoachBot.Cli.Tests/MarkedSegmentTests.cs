using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class MarkedSegmentTests
{
    private const string Draft = "abcdefghij";

    [Fact]
    public void Split_SeparateSpans_AlternatesPlainAndFlagged()
    {
        var segments = MarkedSegment.Split(Draft, [Span(1, 2, FindingSeverity.Low), Span(5, 3, FindingSeverity.High)]);

        Assert.Equal(["a", "bc", "de", "fgh", "ij"], segments.Select(s => s.Text));
        Assert.Equal([1], segments[1].Findings);
        Assert.Equal([2], segments[3].Findings);
        Assert.Equal(FindingSeverity.High, segments[3].Severity);
        Assert.False(segments[0].IsFlagged);
    }

    [Fact]
    public void Split_OverlappingSpans_MergeIntoOneRunWithTheHighestSeverity()
    {
        var structural = new ToneFinding(ToneCategory.MissingLearning, FindingSeverity.High, "why", "suggestion");

        var segments = MarkedSegment.Split(Draft, [Span(4, 4, FindingSeverity.Low), structural, Span(2, 3, FindingSeverity.Medium)]);

        Assert.Equal(["ab", "cdefgh", "ij"], segments.Select(s => s.Text));
        Assert.Equal([3, 1], segments[1].Findings);
        Assert.Equal(FindingSeverity.Medium, segments[1].Severity);
    }

    [Fact]
    public void Split_SpanPastTheEnd_IsIgnored()
    {
        var segments = MarkedSegment.Split(Draft, [Span(8, 5, FindingSeverity.High)]);

        Assert.Equal(Draft, Assert.Single(segments).Text);
    }

    private static ToneFinding Span(int start, int length, FindingSeverity severity) =>
        new(ToneCategory.Hiding, severity, "why", "suggestion", 1, start, length, Draft.Substring(start, Math.Min(length, Draft.Length - start)));
}
