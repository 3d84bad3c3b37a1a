using System.Globalization;
using LeadershipCoachBot.Coaching.ToneReview;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>The evaluation as tables: per-category scores, the macro F1, and the drafts the review got most wrong.</summary>
internal static class EvaluationTable
{
    public const int WorstDrafts = 10;

    public static void Write(IAnsiConsole console, ToneEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var scores = new Table().Title($"Tone review on {report.DraftCount} labelled drafts");
        scores.AddColumn("Category");
        foreach (var heading in new[] { "Precision", "Recall", "F1", "Support" })
        {
            scores.AddColumn(heading, c => c.RightAligned());
        }

        foreach (var score in report.Categories)
        {
            scores.AddRow(
                Markup.Escape(score.Category.Id()),
                Number(score.Precision),
                Number(score.Recall),
                Number(score.F1),
                score.Support.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(scores);
        console.MarkupLineInterpolated($"[bold]Macro F1[/] over the {report.Categories.Count} categories: [bold]{Number(report.MacroF1)}[/]");
        WriteMisses(console, report.Misses);
    }

    private static void WriteMisses(IAnsiConsole console, IReadOnlyList<DraftMiss> misses)
    {
        console.WriteLine();
        if (misses.Count == 0)
        {
            console.MarkupLine("Every draft was reviewed exactly as labelled.");
            return;
        }

        var table = new Table().Title($"Drafts most wrong (top {Math.Min(WorstDrafts, misses.Count)} of {misses.Count})");
        table.AddColumns("Id", "Missed", "Spurious");
        foreach (var miss in misses.Take(WorstDrafts))
        {
            table.AddRow(Markup.Escape(miss.Id), Markup.Escape(Ids(miss.Missed)), Markup.Escape(Ids(miss.Spurious)));
        }

        console.Write(table);
    }

    internal static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ids(IReadOnlyList<ToneCategory> categories) =>
        categories.Count == 0 ? "-" : string.Join(", ", categories.Select(c => c.Id()));
}
