using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.Tests;

/// <summary>The labelled development drafts, read once.</summary>
internal static class DevDrafts
{
    private static readonly Lazy<IReadOnlyList<LabelledDraft>> Loaded = new(() => LabelledDraftFile.Load(SharedFiles.DevDrafts));

    public static IReadOnlyList<LabelledDraft> All => Loaded.Value;

    /// <summary>The development drafts when the shared material is beside the repository, else none.</summary>
    public static IReadOnlyList<LabelledDraft> IfPresent => File.Exists(SharedFiles.DevDrafts) ? All : [];
}
