using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>Reads labelled drafts, one JSON object a line: {"id", "kind", "text", "labels"}.</summary>
internal static class LabelledDraftFile
{
    public static List<LabelledDraft> Load(string path)
    {
        var drafts = new List<LabelledDraft>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            var kindId = root.GetProperty("kind").GetString();
            if (!ToneIds.TryParseKind(kindId, out var kind))
            {
                throw new InvalidDataException($"Unknown kind '{kindId}' in {path}.");
            }

            var labels = new HashSet<ToneCategory>();
            foreach (var label in root.GetProperty("labels").EnumerateArray())
            {
                if (!ToneIds.TryParseCategory(label.GetString(), out var category))
                {
                    throw new InvalidDataException($"Unknown label '{label.GetString()}' in {path}.");
                }

                labels.Add(category);
            }

            drafts.Add(new LabelledDraft(root.GetProperty("id").GetString()!, kind, root.GetProperty("text").GetString()!, labels));
        }

        return drafts;
    }
}
