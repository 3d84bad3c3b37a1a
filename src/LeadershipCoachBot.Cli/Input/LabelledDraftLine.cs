using System.Text.Json;
using System.Text.Json.Nodes;
using LeadershipCoachBot.Coaching.Evaluation;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Input;

/// <summary>Reads labelled drafts, <c>{"id", "kind", "text", "labels"}</c> a line, for the evaluation.</summary>
internal static class LabelledDraftLine
{
    /// <exception cref="UnusableInputException">A line is unusable; the message names the line.</exception>
    public static IReadOnlyList<LabelledDraft> ParseAll(string content, string source)
    {
        var drafts = new List<LabelledDraft>();
        foreach (var line in JsonLine.Split(content))
        {
            try
            {
                drafts.Add(Parse(line.ParseObject()));
            }
            catch (UnusableInputException e)
            {
                throw new UnusableInputException($"{source} line {line.Number}: {e.Message}");
            }
        }

        return drafts.Count > 0
            ? drafts
            : throw new UnusableInputException($"{source} holds no labelled drafts; write one JSON object a line.");
    }

    private static LabelledDraft Parse(JsonObject line)
    {
        var id = JsonLine.OptionalString(line, "id")
            ?? throw new UnusableInputException("no \"id\"; give each labelled draft a string id.");
        var kindId = JsonLine.OptionalString(line, "kind")
            ?? throw new UnusableInputException("no \"kind\"; labelled drafts need their kind.");
        var kind = DraftInput.ParseKind(kindId)!.Value;
        var text = DraftLine.From(line, kind).Text;
        return new LabelledDraft(id, kind, text, ParseLabels(line["labels"]));
    }

    private static HashSet<ToneCategory> ParseLabels(JsonNode? labels)
    {
        if (labels is not JsonArray array)
        {
            throw new UnusableInputException("\"labels\" must be an array of category ids; use [] for a draft that is good as it stands.");
        }

        var set = new HashSet<ToneCategory>();
        foreach (var label in array)
        {
            var id = label?.GetValueKind() == JsonValueKind.String ? label.GetValue<string>() : label?.ToJsonString();
            if (!ToneIds.TryParseCategory(id, out var category))
            {
                throw new UnusableInputException(
                    $"unknown label {id ?? "null"}; use the category ids: {string.Join(", ", ToneIds.AllCategoryIds)}.");
            }

            set.Add(category);
        }

        return set;
    }
}
