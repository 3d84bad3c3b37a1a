using System.Diagnostics.CodeAnalysis;

namespace LeadershipCoachBot.Coaching.ToneReview;

/// <summary>The wire ids of kinds, categories and severities, as the review contract spells them.</summary>
public static class ToneIds
{
    private static readonly Dictionary<DraftKind, string> KindIds = new()
    {
        [DraftKind.ExecUpdate] = "exec-update",
        [DraftKind.IncidentUpdate] = "incident-update",
        [DraftKind.Apology] = "apology",
        [DraftKind.TeamMessage] = "team-message",
    };

    private static readonly Dictionary<ToneCategory, string> CategoryIds = new()
    {
        [ToneCategory.PanicReversal] = "panic-reversal",
        [ToneCategory.Hiding] = "hiding",
        [ToneCategory.BlameShifting] = "blame-shifting",
        [ToneCategory.ShameSpiral] = "shame-spiral",
        [ToneCategory.SelfCentering] = "self-centering",
        [ToneCategory.Overpromising] = "overpromising",
        [ToneCategory.NonApology] = "non-apology",
        [ToneCategory.MissingOwnership] = "missing-ownership",
        [ToneCategory.MissingLearning] = "missing-learning",
        [ToneCategory.MissingNextSteps] = "missing-next-steps",
        [ToneCategory.MissingImpact] = "missing-impact",
        [ToneCategory.MissingUncertainty] = "missing-uncertainty",
        [ToneCategory.MissingNextUpdate] = "missing-next-update",
    };

    public static IReadOnlyCollection<string> AllKindIds => KindIds.Values;

    public static IReadOnlyCollection<string> AllCategoryIds => CategoryIds.Values;

    public static string Id(this DraftKind kind) => KindIds[kind];

    public static string Id(this ToneCategory category) => CategoryIds[category];

    public static string Id(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "high",
        FindingSeverity.Medium => "medium",
        _ => "low",
    };

    public static string Id(this ToneVerdict verdict) => verdict == ToneVerdict.Ready ? "ready" : "revise";

    public static bool TryParseKind(string? id, out DraftKind kind) => TryParse(KindIds, id, out kind);

    public static bool TryParseCategory(string? id, [MaybeNullWhen(false)] out ToneCategory category) =>
        TryParse(CategoryIds, id, out category);

    private static bool TryParse<T>(Dictionary<T, string> ids, string? id, out T value) where T : struct
    {
        foreach (var (key, name) in ids)
        {
            if (string.Equals(name, id, StringComparison.Ordinal))
            {
                value = key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
