using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Tests;

/// <summary>Hand-built reviews for testing the output formats without the review engine.</summary>
internal static class SampleReviews
{
    public const string Draft = "We had an outage. The database team did not test the failover. It will never happen again.";

    public static ToneFinding Phrasing(ToneCategory category, FindingSeverity severity, string quote, int sentence) =>
        new(category, severity, $"why {category}", $"suggestion {category}", sentence, Draft.IndexOf(quote, StringComparison.Ordinal), quote.Length, quote);

    public static ToneReview ExecUpdate { get; } = new(
        DraftKind.ExecUpdate,
        KindWasGuessed: true,
        [
            Phrasing(ToneCategory.BlameShifting, FindingSeverity.High, "The database team did not test the failover", 2),
            Phrasing(ToneCategory.Overpromising, FindingSeverity.Medium, "never happen again", 3),
            new ToneFinding(ToneCategory.MissingNextUpdate, FindingSeverity.Medium, "Executives plan around the next update.", "Next update at 15:00 UTC."),
        ],
        []);

    public static ToneReview Apology { get; } = new(
        DraftKind.Apology,
        KindWasGuessed: false,
        [],
        [ApologyComponent.ExpressionOfRegret, ApologyComponent.OfferOfRepair]);
}
