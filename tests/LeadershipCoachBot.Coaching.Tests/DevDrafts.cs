using System.Text.Json;
using LeadershipCoachBot.Coaching.ToneReview;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>The labelled development drafts, read once.</summary>
internal static class DevDrafts
{
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Loaded = new(Load);

    public static IReadOnlyList<LabelledDraft> All => Loaded.Value;

    private static List<LabelledDraft> Load()
    {
        var drafts = new List<LabelledDraft>();
        foreach (var line in File.ReadLines(SharedFiles.DevDrafts))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            var kindId = root.GetProperty("kind").GetString();
            if (!ToneIds.TryParseKind(kindId, out var kind))
            {
                throw new InvalidDataException($"Unknown kind '{kindId}' in {SharedFiles.DevDrafts}.");
            }

            var labels = new HashSet<ToneCategory>();
            foreach (var label in root.GetProperty("labels").EnumerateArray())
            {
                if (!ToneIds.TryParseCategory(label.GetString(), out var category))
                {
                    throw new InvalidDataException($"Unknown label '{label.GetString()}' in {SharedFiles.DevDrafts}.");
                }

                labels.Add(category);
            }

            drafts.Add(new LabelledDraft(root.GetProperty("id").GetString()!, kind, root.GetProperty("text").GetString()!, labels));
        }

        return drafts;
    }
}
