namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>A button offering something the coach can do now: its title and the submit data it sends.</summary>
public sealed record CoachOffer(string Title, IReadOnlyDictionary<string, string> Data)
{
    public static CoachOffer Triage { get; } = Action("Triage an incident", CardActions.Triage);

    public static CoachOffer ExecUpdate { get; } = new("Draft an exec update", new Dictionary<string, string>
    {
        [CardActions.Field] = CardActions.Write,
        [CardActions.KindField] = nameof(Coaching.ToneReview.DraftKind.ExecUpdate),
    });

    public static CoachOffer Review { get; } = Action("Review a draft", CardActions.Review);

    public static CoachOffer Help { get; } = Action("What can you help with?", CardActions.Help);

    /// <summary>The four things the coach does today, in the order a leader under pressure needs them.</summary>
    public static IReadOnlyList<CoachOffer> Everything { get; } = [Triage, ExecUpdate, Review, Help];

    private static CoachOffer Action(string title, string action) =>
        new(title, new Dictionary<string, string> { [CardActions.Field] = action });
}
