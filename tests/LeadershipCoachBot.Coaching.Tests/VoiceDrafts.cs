using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// Held-out drafts in many voices (status page, long memo, chat, company statement, "we" and "I"), written and
/// labelled from the labelling rules before the review was tuned on real text, and never tuned on.
/// </summary>
internal static class VoiceDrafts
{
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Loaded = new(() => LabelledDraftFile.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "tone-holdout-voices.jsonl");

    public static IReadOnlyList<LabelledDraft> All => Loaded.Value;
}
