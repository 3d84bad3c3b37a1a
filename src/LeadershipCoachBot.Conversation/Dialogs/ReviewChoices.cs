using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of the draft-kind question, the words that also pick them, and the kind each means.</summary>
public static class ReviewChoices
{
    public const string NotSure = "Not sure";

    /// <summary>The kind each button means; null (for <see cref="NotSure"/>) lets the reviewer guess.</summary>
    public static IReadOnlyDictionary<string, DraftKind?> Kinds { get; } = new Dictionary<string, DraftKind?>(StringComparer.Ordinal)
    {
        [ToneReviewLabels.Kind(DraftKind.ExecUpdate)] = DraftKind.ExecUpdate,
        [ToneReviewLabels.Kind(DraftKind.IncidentUpdate)] = DraftKind.IncidentUpdate,
        [ToneReviewLabels.Kind(DraftKind.Apology)] = DraftKind.Apology,
        [ToneReviewLabels.Kind(DraftKind.TeamMessage)] = DraftKind.TeamMessage,
        [NotSure] = null,
    };

    public static IList<Choice> KindChoices() =>
    [
        new(ToneReviewLabels.Kind(DraftKind.ExecUpdate), "exec", "execs", "executives", "exec update", "executive update", "leadership", "update to execs", "exec-update"),
        new(ToneReviewLabels.Kind(DraftKind.IncidentUpdate), "incident", "status update", "outage update", "outage", "incident-update"),
        new(ToneReviewLabels.Kind(DraftKind.Apology), "sorry", "an apology", "apologise", "apologize", "apologising", "apologizing"),
        new(ToneReviewLabels.Kind(DraftKind.TeamMessage), "team", "my team", "team message", "message to the team", "to my team", "team-message"),
        new(NotSure, "unsure", "don't know", "dont know", "no idea", "guess", "you guess", "other", "something else", "not sure"),
    ];
}
