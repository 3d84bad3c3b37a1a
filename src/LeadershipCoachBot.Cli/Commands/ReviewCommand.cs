using System.CommandLine;
using LeadershipCoachBot.Cli.Input;
using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Commands;

/// <summary><c>coach review [--kind K] [--json] [--revised] [FILE|-]</c> and <c>coach review --jsonl FILE</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create(CoachTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(terminal);
        var kind = new Option<string?>("--kind")
        {
            HelpName = "KIND",
            Description = $"What the draft is: {DraftInput.KindList}. Left out, the kind is guessed and the output says so.",
        };
        kind.CompletionSources.Add([.. ToneIds.AllKindIds]);
        var json = new Option<bool>("--json") { Description = "Print the review as the contract's JSON object." };
        var revised = new Option<bool>("--revised")
        {
            Description = "Also print the revised draft: the text with every applicable suggestion applied, checked again " +
                "(with --json, as the extra field \"revised\").",
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            HelpName = "FILE",
            Description = "Review JSON lines {\"id\", \"kind\", \"text\"} from FILE (- for standard input) and print one JSON line each; " +
                "a line that cannot be reviewed gets {\"id\", \"line\", \"error\"} and the rest go on. --kind sets the kind of lines without one.",
        };
        var file = new Argument<string?>("FILE")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The draft, as a UTF-8 text file; - or nothing reads standard input.",
        };
        var command = new Command("review", "Review the tone of a draft: what to fix, sentence by sentence, and why.")
        {
            kind, json, revised, jsonl, file,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(jsonl) is not null && result.GetValue(file) is not null)
            {
                result.AddError("Give the drafts either as FILE or with --jsonl FILE, not both.");
            }
        });
        command.SetAction((parseResult, cancellationToken) => CommandBoundary.RunAsync(parseResult, async output =>
        {
            var kindId = DraftInput.ParseKind(parseResult.GetValue(kind));
            if (parseResult.GetValue(jsonl) is { } lines)
            {
                return await ReviewLines.RunAsync(lines, kindId, parseResult.GetValue(revised), terminal, output, cancellationToken);
            }

            var path = parseResult.GetValue(file);
            var text = DraftInput.RequireText(await InputText.ReadAsync(path, terminal, cancellationToken), InputText.Describe(path));
            var review = ToneReviewer.Review(text, kindId);
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(ReviewJson.Document(review, parseResult.GetValue(revised)).AsMemory(), cancellationToken);
            }
            else
            {
                ReviewReport.Write(terminal.CreateConsole(output), text, review, parseResult.GetValue(revised));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
