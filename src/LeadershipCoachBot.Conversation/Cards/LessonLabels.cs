using LeadershipCoachBot.Coaching.Recovery;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>The words a person reads for each kind of lesson, and the card value that picks it, in one table.</summary>
public static class LessonLabels
{
    private static readonly (LessonKind Kind, string Value, string Label)[] Table =
    [
        (LessonKind.Decision, "decision", "Decision"),
        (LessonKind.Surprise, "surprise", "Surprise"),
        (LessonKind.ScarTissue, "scar tissue", "Scar tissue"),
    ];

    public static IEnumerable<(LessonKind Kind, string Value, string Label)> All => Table;

    public static string Label(LessonKind? kind) => kind is { } known ? Table.Single(k => k.Kind == known).Label : "Lesson";

    /// <summary>The kind a card value names; null when it names none.</summary>
    public static LessonKind? FromValue(string? value) =>
        Table.Where(k => string.Equals(k.Value, value?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(k => (LessonKind?)k.Kind).FirstOrDefault();
}
