using System.CommandLine;
using LeadershipCoachBot.Cli.Input;
using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Evaluation;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Commands;

/// <summary><c>coach eval FILE.jsonl [--json]</c>: the review measured against labelled drafts.</summary>
internal static class EvalCommand
{
    public static Command Create(CoachTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object." };
        var file = new Argument<string>("FILE")
        {
            Description = "Labelled drafts, one {\"id\", \"kind\", \"text\", \"labels\"} JSON object a line; - reads standard input.",
        };
        var command = new Command(
            "eval",
            "Measure the tone review on labelled drafts: per-category precision, recall and F1, the macro F1 over " +
            "the thirteen categories, and the drafts it got most wrong.")
        {
            json, file,
        };
        command.SetAction((parseResult, cancellationToken) => CommandBoundary.RunAsync(parseResult, async output =>
        {
            var path = parseResult.GetValue(file);
            var content = await InputText.ReadAsync(path, terminal, cancellationToken);
            var drafts = LabelledDraftLine.ParseAll(content, InputText.Describe(path));
            var report = ToneEvaluation.Evaluate(drafts);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(EvaluationJson.Document(report).AsMemory(), cancellationToken);
            }
            else
            {
                EvaluationTable.Write(terminal.CreateConsole(output), report);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
