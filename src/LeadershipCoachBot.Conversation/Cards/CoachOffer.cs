namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>A button offering something the coach can do now: its title and the submit data it sends.</summary>
public sealed record CoachOffer(string Title, IReadOnlyDictionary<string, string> Data)
{
    public static CoachOffer Triage { get; } = Action("Triage an incident", CardActions.Triage);

    public static CoachOffer ExecUpdate { get; } = new("Draft an exec update", new Dictionary<string, string>
    {
        [CardActions.Field] = CardActions.Write,
        [CardActions.KindField] = nameof(Coaching.Tone.DraftKind.ExecUpdate),
    });

    public static CoachOffer Review { get; } = Action("Review a draft", CardActions.Review);

    public static CoachOffer OneOnOne { get; } = Action("Prepare a 1:1", FollowThroughActions.OneOnOnePrep);

    public static CoachOffer Recovery { get; } = Action("Recovery kit", FollowThroughActions.Recovery);

    public static CoachOffer Help { get; } = Action("What can you help with?", CardActions.Help);

    /// <summary>What the coach offers when it cannot serve a request: the first things a leader under pressure needs, and help (five buttons, Teams' limit).</summary>
    public static IReadOnlyList<CoachOffer> Everything { get; } = [Triage, ExecUpdate, Review, OneOnOne, Help];

    /// <summary>The welcome card's buttons: it already lists everything, so help gives way to the recovery kit.</summary>
    public static IReadOnlyList<CoachOffer> Welcome { get; } = [Triage, ExecUpdate, Review, OneOnOne, Recovery];

    /// <summary>From this many words a message the coach did not understand may be a draft, and the reply offers to review it.</summary>
    public const int DraftLikeWords = 8;

    /// <summary>A button that reviews <paramref name="text"/> as a pasted draft, its kind guessed.</summary>
    public static CoachOffer ReviewThis(string text) => new("Review this as a draft", new Dictionary<string, string>
    {
        [CardActions.Field] = CardActions.ReviewAs,
        [CardActions.DraftField] = text,
    });

    /// <summary>
    /// What the coach offers when it did not understand <paramref name="text"/>: everything, with "Review a draft"
    /// turned into "Review this as a draft" when the text is long enough to be one (and short enough to carry back).
    /// </summary>
    public static IReadOnlyList<CoachOffer> NotUnderstood(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length > ToneReviewCard.MaxDraftCarried
            || trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < DraftLikeWords)
        {
            return Everything;
        }

        return [.. Everything.Select(o => ReferenceEquals(o, Review) ? ReviewThis(trimmed) : o)];
    }

    private static CoachOffer Action(string title, string action) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = action });
}
