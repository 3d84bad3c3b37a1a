using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Testing.Cards;

/// <summary>
/// Keeps every Adaptive Card a test produces as a JSON file, so that the test command can validate
/// them all with the <c>adaptivecards</c> parser afterwards. The folder is <c>LCB_CARD_DIR</c> when
/// set, else <c>artifacts/cards</c> under the repository root. Files are named by a hash of the
/// content, so the same card is kept once.
/// </summary>
public static class AdaptiveCardRecorder
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static string Directory { get; } =
        Environment.GetEnvironmentVariable("LCB_CARD_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(TestPaths.RepoRoot, "artifacts", "cards");

    /// <summary>Records the Adaptive Card attachments of the given activities; returns how many.</summary>
    public static int RecordAll(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var count = 0;
        foreach (var activity in activities)
        {
            foreach (var attachment in activity.Attachments ?? [])
            {
                if (Record(attachment))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Records one attachment when it is an Adaptive Card.</summary>
    public static bool Record(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (!string.Equals(attachment.ContentType, ContentType, StringComparison.Ordinal) || attachment.Content is not { } content)
        {
            return false;
        }

        Record(content);
        return true;
    }

    /// <summary>Records the JSON of one card.</summary>
    public static void Record(JsonElement card)
    {
        var json = card.GetRawText();
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..16] + ".json";
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, json);
        }
    }
}
