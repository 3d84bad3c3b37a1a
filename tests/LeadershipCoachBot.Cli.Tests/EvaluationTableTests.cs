using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class EvaluationTableTests
{
    [Fact]
    public void Write_TwelveMisses_ShowsTheFirstTenOnly()
    {
        var scores = Enum.GetValues<ToneCategory>().Select(c => new CategoryScore(c, 3, 1, 2)).ToList();
        var misses = Enumerable.Range(1, 12)
            .Select(i => new DraftMiss($"draft-{i:00}", [ToneCategory.Hiding], i % 2 == 0 ? [ToneCategory.ShameSpiral] : []))
            .ToList();
        using var output = new StringWriter();
        var console = new CoachTerminal(() => Stream.Null, AnsiSupport.No, ColorSystemSupport.NoColors, 200).CreateConsole(output);

        EvaluationTable.Write(console, new ToneEvaluationReport(12, scores, misses));

        var text = output.ToString();
        Assert.Contains("Drafts most wrong (top 10 of 12)", text, StringComparison.Ordinal);
        Assert.Contains("draft-10", text, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-11", text, StringComparison.Ordinal);
        Assert.Matches(@"│ draft-02 +│ hiding +│ shame-spiral +│", text);
        Assert.Matches(@"│ panic-reversal +│ +0\.75 │ +0\.60 │ +0\.67 │ +5 │", text);
        Assert.Contains("Macro F1 over the 13 categories: 0.67", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CategoriesWithoutSupport_ShowsDashesAndCountsOnlyTheRestInTheMacroF1()
    {
        var scores = Enum.GetValues<ToneCategory>()
            .Select(c => c == ToneCategory.Hiding ? new CategoryScore(c, 1, 0, 1) : new CategoryScore(c, 0, c == ToneCategory.NonApology ? 1 : 0, 0))
            .ToList();
        using var output = new StringWriter();
        var console = new CoachTerminal(() => Stream.Null, AnsiSupport.No, ColorSystemSupport.NoColors, 200).CreateConsole(output);

        EvaluationTable.Write(console, new ToneEvaluationReport(2, scores, []));

        var text = output.ToString();
        Assert.Matches(@"│ hiding +│ +1\.00 │ +0\.50 │ +0\.67 │ +2 │", text);
        Assert.Matches(@"│ non-apology +│ +0\.00 │ +- │ +- │ +0 │", text);
        Assert.Contains("Macro F1 over the 1 category with support (of 13): 0.67", text, StringComparison.Ordinal);
    }
}
