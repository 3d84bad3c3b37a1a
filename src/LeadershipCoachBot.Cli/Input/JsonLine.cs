using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadershipCoachBot.Cli.Input;

/// <summary>One non-blank line of a JSON lines input, with its 1-based line number.</summary>
internal sealed record JsonLine(int Number, string Text)
{
    /// <summary>The non-blank lines of <paramref name="content"/>; blank lines are not inputs.</summary>
    public static IReadOnlyList<JsonLine> Split(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new List<JsonLine>();
        var number = 0;
        foreach (var line in content.AsSpan().EnumerateLines())
        {
            number++;
            if (!line.IsWhiteSpace())
            {
                lines.Add(new JsonLine(number, line.ToString()));
            }
        }

        return lines;
    }

    /// <exception cref="UnusableInputException">The line is not a JSON object.</exception>
    public JsonObject ParseObject()
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(Text);
        }
        catch (JsonException e)
        {
            throw new UnusableInputException($"not valid JSON ({e.Message}); write one JSON object a line.");
        }

        return node as JsonObject
            ?? throw new UnusableInputException("not a JSON object; write one {\"id\", \"kind\", \"text\"} object a line.");
    }

    /// <summary>A string property, or null when it is absent or JSON null.</summary>
    /// <exception cref="UnusableInputException">The property holds something other than a string.</exception>
    public static string? OptionalString(JsonObject line, string name)
    {
        ArgumentNullException.ThrowIfNull(line);
        var node = line[name];
        if (node is null)
        {
            return null;
        }

        return node.GetValueKind() == JsonValueKind.String
            ? node.GetValue<string>()
            : throw new UnusableInputException($"\"{name}\" must be a string, not {node.GetValueKind().ToString().ToLowerInvariant()}.");
    }
}
