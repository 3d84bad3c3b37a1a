using System.Globalization;
using LeadershipCoachBot.Coaching.Evaluation;
using LeadershipCoachBot.Coaching.Tone;
using Spectre.Console;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>
/// The evaluation as tables: per-category scores, the macro F1 with how many categories it averages (those with
/// support), and the drafts the review got most wrong. A category without support shows "-" for recall and F1.
/// </summary>
internal static class EvaluationTable
{
    public const int WorstDrafts = 10;

    private const string Unsupported = "-";

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
            var supported = score.Support > 0;
            scores.AddRow(
                Markup.Escape(score.Category.Id()),
                Number(score.Precision),
                supported ? Number(score.Recall) : Unsupported,
                supported ? Number(score.F1) : Unsupported,
                score.Support.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(scores);
        console.MarkupLineInterpolated($"[bold]Macro F1[/] {MacroLine(report)}: [bold]{Number(report.MacroF1)}[/]");
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

    /// <summary>Which categories the macro F1 averages, e.g. "over the 11 categories with support (of 13)".</summary>
    internal static string MacroLine(ToneEvaluationReport report) =>
        report.Averaged.Count == report.Categories.Count
            ? $"over the {report.Categories.Count} categories"
            : $"over the {report.Averaged.Count} {(report.Averaged.Count == 1 ? "category" : "categories")} with support (of {report.Categories.Count})";

    internal static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ids(IReadOnlyList<ToneCategory> categories) =>
        categories.Count == 0 ? "-" : string.Join(", ", categories.Select(c => c.Id()));
}
