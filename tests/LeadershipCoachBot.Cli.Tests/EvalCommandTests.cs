using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Testing;

namespace LeadershipCoachBot.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private static readonly LabelledDraft[] Labelled =
    [
        new("flawed", DraftKind.ExecUpdate, Drafts.Flawed, new HashSet<ToneCategory> { ToneCategory.BlameShifting, ToneCategory.Overpromising, ToneCategory.MissingNextUpdate }),
        new("apology", DraftKind.Apology, Drafts.Apology, new HashSet<ToneCategory> { ToneCategory.NonApology, ToneCategory.Hiding }),
        new("good", DraftKind.ExecUpdate, Drafts.Good, new HashSet<ToneCategory>()),
    ];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Eval_SmallLabelledFile_PrintsScoresMacroF1AndMisses()
    {
        var report = ToneEvaluation.Evaluate(Labelled);

        var run = await CoachRun.InvokeAsync("eval", WriteLabelled());

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Tone review on 3 labelled drafts", run.Out, StringComparison.Ordinal);
        foreach (var score in report.Categories)
        {
            var recall = score.Support > 0 ? EvaluationTable.Number(score.Recall) : "-";
            var f1 = score.Support > 0 ? EvaluationTable.Number(score.F1) : "-";
            Assert.Matches($"│ {score.Category.Id()} +│ +{EvaluationTable.Number(score.Precision)} │ +{recall} │ +{f1} │ +{score.Support} │", run.Out);
        }

        Assert.True(report.Averaged.Count < 13);
        Assert.Contains($"Macro F1 over the {report.Averaged.Count} categories with support (of 13): {EvaluationTable.Number(report.MacroF1)}", run.Out, StringComparison.Ordinal);
        foreach (var miss in report.Misses)
        {
            Assert.Contains($"│ {miss.Id} ", run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Eval_Json_MatchesTheEvaluation()
    {
        var report = ToneEvaluation.Evaluate(Labelled);

        var run = await CoachRun.InvokeAsync("eval", "--json", WriteLabelled());

        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("drafts").GetInt32());
        Assert.Equal(Math.Round(report.MacroF1, 4), root.GetProperty("macroF1").GetDouble());
        Assert.Equal(report.Averaged.Count, root.GetProperty("categoriesAveraged").GetInt32());
        Assert.Equal(
            report.Averaged.Select(c => c.Category.Id()).Order(StringComparer.Ordinal),
            root.GetProperty("categories").EnumerateArray().Where(c => c.GetProperty("averaged").GetBoolean()).Select(c => c.GetProperty("category").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(ToneIds.AllCategoryIds.Order(StringComparer.Ordinal), root.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("category").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(report.Misses.Select(m => m.Id), root.GetProperty("worst").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [SkippableFact]
    public async Task Eval_SharedDevSet_ScoresEveryDraft()
    {
        var path = TestPaths.SharedFile("coaching", "tone-dev.jsonl");
        Skip.IfNot(File.Exists(path), $"{path} is not here: the shared coaching material sits beside the repository in ../shared and is not part of a clone.");
        var drafts = File.ReadAllLines(path).Count(l => !string.IsNullOrWhiteSpace(l));

        var json = await CoachRun.InvokeAsync("eval", "--json", path);
        var table = await CoachRun.InvokeAsync("eval", path);

        Assert.Equal(ExitCodes.Ok, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        Assert.Equal(drafts, root.GetProperty("drafts").GetInt32());
        Assert.Equal(13, root.GetProperty("categories").GetArrayLength());
        Assert.InRange(root.GetProperty("macroF1").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("worst").GetArrayLength(), 0, EvaluationTable.WorstDrafts);
        Assert.Equal(ExitCodes.Ok, table.ExitCode);
        Assert.Contains($"Tone review on {drafts} labelled drafts", table.Out, StringComparison.Ordinal);
    }

    private string WriteLabelled()
    {
        var lines = Labelled.Select(d => new JsonObject
        {
            ["id"] = d.Id,
            ["kind"] = d.Kind.Id(),
            ["text"] = d.Text,
            ["labels"] = new JsonArray([.. d.Labels.Select(l => (JsonNode?)JsonValue.Create(l.Id()))]),
        }.ToJsonString());
        return _folder.Write("labelled.jsonl", string.Join('\n', lines) + "\n");
    }
}
