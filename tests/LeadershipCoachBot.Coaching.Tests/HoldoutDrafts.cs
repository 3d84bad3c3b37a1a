using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// Held-out labelled drafts, written apart from the dev drafts and labelled from the labelling rules alone;
/// they estimate how the review does on drafts its rules were not written against. Copied beside the tests.
/// </summary>
internal static class HoldoutDrafts
{
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Loaded = new(() => LabelledDraftFile.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "tone-holdout.jsonl");

    public static IReadOnlyList<LabelledDraft> All => Loaded.Value;
}
