using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Input;

/// <summary>A draft read from a JSON line <c>{"id", "kind", "text"}</c>; a missing kind is left to the review to guess.</summary>
internal sealed record DraftLine(DraftKind? Kind, string Text)
{
    /// <exception cref="UnusableInputException">The text is missing or empty, or the kind is unknown.</exception>
    public static DraftLine From(JsonObject line, DraftKind? defaultKind)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = JsonLine.OptionalString(line, "text")
            ?? throw new UnusableInputException("no \"text\"; give the draft as a string in \"text\".");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnusableInputException("\"text\" is empty; give the draft to review.");
        }

        var kind = DraftInput.ParseKind(JsonLine.OptionalString(line, "kind")) ?? defaultKind;
        return new DraftLine(kind, text);
    }
}
