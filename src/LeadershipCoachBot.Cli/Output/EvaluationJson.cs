using System.Text.Json;
using LeadershipCoachBot.Coaching.Evaluation;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Output;

/// <summary>
/// The evaluation as one JSON object: <c>drafts</c>, <c>macroF1</c>, <c>categoriesAveraged</c> (how many categories
/// the macro F1 averages: those with support), <c>categories</c> (each with <c>averaged</c>) and the <c>worst</c> drafts.
/// </summary>
internal static class EvaluationJson
{
    public static string Document(ToneEvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonText.Write(JsonText.Indented, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("drafts", report.DraftCount);
            w.WriteNumber("macroF1", Math.Round(report.MacroF1, 4));
            w.WriteNumber("categoriesAveraged", report.Averaged.Count);
            w.WriteStartArray("categories");
            foreach (var score in report.Categories)
            {
                w.WriteStartObject();
                w.WriteString("category", score.Category.Id());
                w.WriteNumber("precision", Math.Round(score.Precision, 4));
                w.WriteNumber("recall", Math.Round(score.Recall, 4));
                w.WriteNumber("f1", Math.Round(score.F1, 4));
                w.WriteNumber("support", score.Support);
                w.WriteBoolean("averaged", score.Support > 0);
                w.WriteNumber("truePositives", score.TruePositives);
                w.WriteNumber("falsePositives", score.FalsePositives);
                w.WriteNumber("falseNegatives", score.FalseNegatives);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("worst");
            foreach (var miss in report.Misses.Take(EvaluationTable.WorstDrafts))
            {
                w.WriteStartObject();
                w.WriteString("id", miss.Id);
                WriteIds(w, "missed", miss.Missed);
                WriteIds(w, "spurious", miss.Spurious);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteIds(Utf8JsonWriter w, string name, IReadOnlyList<ToneCategory> categories)
    {
        w.WriteStartArray(name);
        foreach (var category in categories)
        {
            w.WriteStringValue(category.Id());
        }

        w.WriteEndArray();
    }
}
