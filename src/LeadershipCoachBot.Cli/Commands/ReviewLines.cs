using System.Text.Json.Nodes;
using LeadershipCoachBot.Cli.Input;
using LeadershipCoachBot.Cli.Output;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Commands;

/// <summary>Reviews JSON lines one by one; an unusable line gets an error line and the rest go on.</summary>
internal static class ReviewLines
{
    public static async Task<int> RunAsync(
        string path, DraftKind? defaultKind, bool withRevised, CoachTerminal terminal, TextWriter output, CancellationToken cancellationToken)
    {
        var content = await InputText.ReadAsync(path, terminal, cancellationToken);
        foreach (var line in JsonLine.Split(content))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(Review(line, defaultKind, withRevised).AsMemory(), cancellationToken);
        }

        return ExitCodes.Ok;
    }

    private static string Review(JsonLine line, DraftKind? defaultKind, bool withRevised)
    {
        JsonNode? id = null;
        try
        {
            var json = line.ParseObject();
            id = json["id"]?.DeepClone();
            var draft = DraftLine.From(json, defaultKind);
            if (!ToneReviewer.HasContent(draft.Text))
            {
                throw new UnusableInputException("\"text\" has no sentence to review, only a greeting, a sign-off or a name; give the body of the message.");
            }

            return ReviewJson.Line(id, ToneReviewer.Review(draft.Text, draft.Kind), withRevised);
        }
        catch (UnusableInputException e)
        {
            return ReviewJson.ErrorLine(id, line.Number, e.Message);
        }
    }
}
