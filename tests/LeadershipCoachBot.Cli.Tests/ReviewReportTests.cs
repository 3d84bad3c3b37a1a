using LeadershipCoachBot.Cli.Output;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class ReviewReportTests
{
    [Fact]
    public void Write_WithoutAnsi_BracketsTheFlaggedSpansAndListsFindings()
    {
        var text = Render(SampleReviews.ExecUpdate, ansi: false);

        Assert.Contains("Kind: exec-update (guessed from the text; set it with --kind)", text, StringComparison.Ordinal);
        Assert.Contains("Verdict: revise (1 high, 2 medium, 0 low)", text, StringComparison.Ordinal);
        Assert.Contains("We had an outage. [[The database team did not test the failover]](1). It will [[never happen again]](2).", text, StringComparison.Ordinal);
        Assert.Contains(" 1. blame-shifting (high, sentence 2)", text, StringComparison.Ordinal);
        Assert.Contains(" 3. missing-next-update (medium)", text, StringComparison.Ordinal);
        Assert.Contains("Why: Executives plan around the next update.", text, StringComparison.Ordinal);
        Assert.Contains("Suggestion: Next update at 15:00 UTC.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Apology components", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_WithAnsi_UnderlinesTheFlaggedSpans()
    {
        var text = Render(SampleReviews.ExecUpdate, ansi: true);

        Assert.Contains("\u001b[4;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[[The database team", text, StringComparison.Ordinal);
        Assert.Contains("The database team did not test the failover", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Apology_ListsComponentsPresentAndMissing()
    {
        var text = Render(SampleReviews.Apology, ansi: false);

        Assert.Contains("Kind: apology\n", text, StringComparison.Ordinal);
        Assert.Contains("Findings: none", text, StringComparison.Ordinal);
        Assert.Contains("present: expression of regret, offer of repair", text, StringComparison.Ordinal);
        Assert.Contains(
            "missing: acknowledgement of responsibility, explanation, declaration of repentance, request for forgiveness",
            text,
            StringComparison.Ordinal);
    }

    private static string Render(Coaching.Tone.ToneReview review, bool ansi)
    {
        using var output = new StringWriter();
        var terminal = new CoachTerminal(
            () => Stream.Null,
            ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ansi ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Width: 400);
        ReviewReport.Write(terminal.CreateConsole(output), SampleReviews.Draft, review);
        return output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
