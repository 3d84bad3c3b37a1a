using System.Globalization;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Protocol.Cards;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// The result of a tone review: the verdict, the kind, each finding (the words, what it is, why, a
/// rewrite), the apology parts present and missing, the revised draft with a button to review it again (in a box
/// to edit when it still has a blank to fill), and a button to review another draft.
/// </summary>
public static class ToneReviewCard
{
    /// <summary>The most findings one card shows; the rest are counted. Keeps the card well under Teams' size limit.</summary>
    public const int MaxFindingsShown = 10;

    public const string ReviewAnotherTitle = "Review another draft";

    public const string ReviewAgainTitle = "Review again";

    /// <summary>The longest revised draft the card shows and carries in its "Review again" button; keeps the card under 28 KB.</summary>
    public const int MaxRevisedLength = 4500;

    private const int MaxQuoteLength = 300;
    private const int MaxSuggestionLength = 700;

    /// <summary>The longest draft the card carries back for "Review as another kind"; longer drafts are reviewed again by pasting.</summary>
    public const int MaxDraftCarried = 8000;

    /// <param name="draft">The draft reviewed; when given (and not too long) the card lets the leader review it as another kind.</param>
    public static Attachment Create(ToneReview review, string? draft = null)
    {
        ArgumentNullException.ThrowIfNull(review);
        var ready = review.Verdict == ToneVerdict.Ready;
        var headline = ready ? "Ready to send" : "Revise before sending";
        var body = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock(headline)
            {
                Size = AdaptiveTextSize.Large,
                Weight = AdaptiveTextWeight.Bolder,
                Color = ready ? AdaptiveTextColor.Good : AdaptiveTextColor.Attention,
                Style = "heading",
            },
            new AdaptiveTextBlock(Summary(review)),
            new AdaptiveTextBlock($"Reviewed as: {KindLine(review)}") { IsSubtle = true, Spacing = AdaptiveSpacing.Small },
        };

        body.AddRange(review.Findings.Take(MaxFindingsShown).Select(f => Finding(f, ready)));
        var hidden = review.Findings.Count - MaxFindingsShown;
        if (hidden > 0)
        {
            body.Add(new AdaptiveTextBlock(
                string.Create(CultureInfo.InvariantCulture, $"And {hidden} more {(hidden == 1 ? "finding" : "findings")}. Fix these first, then review the draft again."))
            {
                Weight = AdaptiveTextWeight.Bolder,
                Spacing = AdaptiveSpacing.Medium,
            });
        }

        if (review.Kind == DraftKind.Apology)
        {
            body.Add(ApologyParts(review.ApologyComponents, ready));
        }

        List<AdaptiveAction> actions = [];
        if (review.IsRevised && review.RevisedDraft.Length <= MaxRevisedLength)
        {
            // A blank left in the revision would come back from "Review again" unchanged: the leader fills it in a box on this card.
            var toFill = HasBlankToFill(review);
            body.Add(Revised(review.RevisedDraft, toFill));
            var again = new ReviewAgainSubmit(review.RevisedDraft, review.KindWasGuessed ? null : review.Kind);
            actions.Add(new AdaptiveSubmitAction(ReviewAgainTitle, again.ToData(withDraft: !toFill)));
        }

        actions.AddRange(KindSwitch(review, draft));
        actions.Add(new AdaptiveSubmitAction(ReviewAnotherTitle, new Dictionary<string, string> { [CardActions.Field] = CardActions.Review }));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            FallbackText = $"{headline}. {Summary(review)}",
            MsTeams = new AdaptiveTeamsSettings { Width = "Full" },
        }.ToAttachment();
    }

    private static IEnumerable<AdaptiveAction> KindSwitch(ToneReview review, string? draft)
    {
        if (draft is not { Length: > 0 and <= MaxDraftCarried })
        {
            yield break;
        }

        yield return new AdaptiveShowCardAction
        {
            Title = "Review as another kind",
            Card = new AdaptiveCard
            {
                Body =
                [
                    new AdaptiveChoiceSetInput
                    {
                        Id = CardActions.KindField,
                        Label = "Review it as",
                        Style = "compact",
                        Value = review.Kind.ToString(),
                        Choices = [.. Enum.GetValues<DraftKind>().Select(k => new AdaptiveChoice(ToneReviewLabels.Kind(k), k.ToString()))],
                    },
                ],
                Actions = [new AdaptiveSubmitAction("Review as this kind", new Dictionary<string, string> { [CardActions.Field] = CardActions.ReviewAs, [CardActions.DraftField] = draft })],
            },
        };
    }

    private static string Summary(ToneReview review)
    {
        var count = review.Findings.Count;
        if (count == 0)
        {
            return "I found nothing that should cost you trust.";
        }

        var things = string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "thing" : "things")}");
        return review.Verdict == ToneVerdict.Ready
            ? $"Nothing serious. {things} you could still improve:"
            : $"{things} to fix before you send it:";
    }

    private static string KindLine(ToneReview review) =>
        ToneReviewLabels.Kind(review.Kind) + (review.KindWasGuessed ? " (guessed)" : string.Empty);

    /// <summary>One finding; on a draft that is ready, a structural gap reads as worth adding rather than missing.</summary>
    private static AdaptiveContainer Finding(ToneFinding finding, bool ready)
    {
        var label = ToneReviewLabels.Category(finding.Category);
        if (ready && label.StartsWith(MissingPrefix, StringComparison.Ordinal))
        {
            label = string.Concat(OptionalPrefix, label.AsSpan(MissingPrefix.Length));
        }

        var repeats = finding.Occurrences > 1
            ? string.Create(CultureInfo.InvariantCulture, $", {finding.Occurrences} times in the draft")
            : string.Empty;
        var items = new List<AdaptiveElement>
        {
            new AdaptiveTextBlock($"**{label}** ({finding.Severity.Id()}{repeats})"),
        };
        if (finding.Quote is { Length: > 0 } quote)
        {
            items.Add(new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis,
                Items = [new AdaptiveTextBlock($"\u201C{Shorten(quote.Trim(), MaxQuoteLength)}\u201D") { Spacing = AdaptiveSpacing.Small }],
            });
        }

        items.Add(new AdaptiveTextBlock(finding.Why) { Spacing = AdaptiveSpacing.Small });
        items.Add(new AdaptiveTextBlock($"**Try:** {Shorten(finding.Suggestion, MaxSuggestionLength)}") { Spacing = AdaptiveSpacing.Small });
        return new AdaptiveContainer { Items = items, Separator = true, Spacing = AdaptiveSpacing.Medium };
    }

    /// <summary>Whether the revised draft still holds a named blank ("[the time of the next update]") for the leader to fill.</summary>
    public static bool HasBlankToFill(ToneReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.RevisedDraft.Contains('[', StringComparison.Ordinal)
            && ToneReviewer.Review(review.RevisedDraft, review.Kind).Findings.Any(ToneReviewer.IsBlankToFill);
    }

    /// <summary>The revised draft to read, or with a blank <paramref name="toFill"/> in a box to fill in and edit.</summary>
    private static AdaptiveContainer Revised(string revised, bool toFill)
    {
        var heading = new AdaptiveTextBlock("Revised draft") { Weight = AdaptiveTextWeight.Bolder };
        AdaptiveElement box = new AdaptiveTextInput
        {
            Id = ReviewAgainSubmit.EditedDraftField,
            Label = "Every suggestion above applied. Fill in the parts in [brackets] here, edit anything else, then Review again.",
            IsMultiline = true,
            Value = revised,
            MaxLength = DraftQuestionCard.MaxDraftLength,
        };
        return new AdaptiveContainer
        {
            Separator = true,
            Spacing = AdaptiveSpacing.Medium,
            Items = toFill
                ? [heading, box]
                :
                [
                    heading,
                    new AdaptiveTextBlock("Every suggestion above applied; fill in the parts in [brackets], then review it again.") { IsSubtle = true, Spacing = AdaptiveSpacing.Small },
                    new AdaptiveContainer { Style = AdaptiveContainerStyle.Emphasis, Items = [new AdaptiveTextBlock(revised) { Spacing = AdaptiveSpacing.Small }] },
                ],
        };
    }

    private const string MissingPrefix = "Missing: ";
    private const string OptionalPrefix = "Optional, worth adding: ";

    /// <summary>The apology parts present; an absent part reads as missing, or as worth adding when the draft is ready.</summary>
    private static AdaptiveContainer ApologyParts(IReadOnlyList<ApologyComponent> present, bool ready) => new()
    {
        Separator = true,
        Spacing = AdaptiveSpacing.Medium,
        Items =
        [
            new AdaptiveTextBlock("Apology parts") { Weight = AdaptiveTextWeight.Bolder },
            new AdaptiveFactSet
            {
                Facts = [.. Enum.GetValues<ApologyComponent>().Select(c => new AdaptiveFact(ToneReviewLabels.ApologyPart(c), present.Contains(c) ? "Present" : ready ? "Not there; worth adding" : "Missing"))],
            },
        ],
    };

    private static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "\u2026");
    }
}
