using System.Diagnostics.CodeAnalysis;

namespace LeadershipCoachBot.Coaching.Tone;

/// <summary>
/// The wire ids of kinds, categories, apology components, severities and verdicts, as the review contract spells
/// them: the one place each is named for machines (<see cref="ToneReviewLabels"/> names them for people). Every
/// switch lists every member, so a new one does not compile until it has its id.
/// </summary>
public static class ToneIds
{
    public static IReadOnlyCollection<string> AllKindIds { get; } = [.. Enum.GetValues<DraftKind>().Select(Id)];

    public static IReadOnlyCollection<string> AllCategoryIds { get; } = [.. Enum.GetValues<ToneCategory>().Select(Id)];

    public static string Id(this DraftKind kind) => kind switch
    {
        DraftKind.ExecUpdate => "exec-update",
        DraftKind.IncidentUpdate => "incident-update",
        DraftKind.Apology => "apology",
        DraftKind.TeamMessage => "team-message",
    };

    public static string Id(this ToneCategory category) => category switch
    {
        ToneCategory.PanicReversal => "panic-reversal",
        ToneCategory.Hiding => "hiding",
        ToneCategory.BlameShifting => "blame-shifting",
        ToneCategory.ShameSpiral => "shame-spiral",
        ToneCategory.SelfCentering => "self-centering",
        ToneCategory.Overpromising => "overpromising",
        ToneCategory.NonApology => "non-apology",
        ToneCategory.MissingOwnership => "missing-ownership",
        ToneCategory.MissingLearning => "missing-learning",
        ToneCategory.MissingNextSteps => "missing-next-steps",
        ToneCategory.MissingImpact => "missing-impact",
        ToneCategory.MissingUncertainty => "missing-uncertainty",
        ToneCategory.MissingNextUpdate => "missing-next-update",
    };

    public static string Id(this ApologyComponent component) => component switch
    {
        ApologyComponent.AcknowledgementOfResponsibility => "acknowledgement-of-responsibility",
        ApologyComponent.OfferOfRepair => "offer-of-repair",
        ApologyComponent.ExpressionOfRegret => "expression-of-regret",
        ApologyComponent.Explanation => "explanation",
        ApologyComponent.DeclarationOfRepentance => "declaration-of-repentance",
        ApologyComponent.RequestForForgiveness => "request-for-forgiveness",
    };

    public static string Id(this FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => "high",
        FindingSeverity.Medium => "medium",
        FindingSeverity.Low => "low",
    };

    public static string Id(this ToneVerdict verdict) => verdict switch
    {
        ToneVerdict.Ready => "ready",
        ToneVerdict.Revise => "revise",
    };

    public static bool TryParseKind(string? id, out DraftKind kind) => TryParse(id, Id, out kind);

    public static bool TryParseCategory(string? id, [MaybeNullWhen(false)] out ToneCategory category) => TryParse(id, Id, out category);

    private static bool TryParse<T>(string? id, Func<T, string> idOf, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(idOf(candidate), id, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
