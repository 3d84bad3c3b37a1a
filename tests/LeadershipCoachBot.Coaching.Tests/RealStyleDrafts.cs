using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>
/// Drafts written in the registers of real layoff and reorg memos, reversal announcements, status pages, postmortems,
/// CEO letters and maintainer posts, with invented companies, and labelled from the labelling rules before the review
/// was tuned on them. Only the odd ids were read while tuning; the even ids stay held out.
/// </summary>
internal static class RealStyleDrafts
{
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Loaded = new(() => LabelledDraftFile.Load(FilePath));

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Data", "tone-holdout-real-style.jsonl");

    public static IReadOnlyList<LabelledDraft> All => Loaded.Value;

    /// <summary>The drafts with an even number in their id: never read while tuning the rules.</summary>
    public static IReadOnlyList<LabelledDraft> HeldOut => [.. All.Where(d => Number(d.Id) % 2 == 0)];

    private static int Number(string id) => int.Parse(id[(id.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}
