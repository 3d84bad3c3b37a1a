using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// What the review card's "Review again" button sends: the review action with the revised draft and, when the
/// user chose it, the kind (<c>{"action": "review", "draft": "...", "kind": "apology"}</c>). When the card
/// offers the revised draft in a box to edit, the box (<see cref="EditedDraftField"/>) carries the text instead.
/// </summary>
public sealed record ReviewAgainSubmit(string Draft, DraftKind? Kind)
{
    public const string DraftField = "draft";
    public const string KindField = "kind";

    /// <summary>The id of the review card's box holding the revised draft as the leader edited it.</summary>
    public const string EditedDraftField = "revisedDraft";

    /// <param name="withDraft">False when the card's <see cref="EditedDraftField"/> box sends the text.</param>
    public Dictionary<string, string> ToData(bool withDraft = true)
    {
        var data = new Dictionary<string, string> { [CardActions.Field] = CardActions.Review };
        if (withDraft)
        {
            data[DraftField] = Draft;
        }

        if (Kind is { } kind)
        {
            data[KindField] = kind.Id();
        }

        return data;
    }

    /// <summary>The draft a "Review again" submit carries; null for any other activity or an unusable draft.</summary>
    public static ReviewAgainSubmit? Read(Activity activity, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!CardSubmit.IsCardSubmit(activity) || CardSubmit.GetString(activity, CardActions.Field) != CardActions.Review)
        {
            return null;
        }

        var draft = CardSubmit.GetString(activity, EditedDraftField) ?? CardSubmit.GetString(activity, DraftField);
        if (string.IsNullOrWhiteSpace(draft) || draft.Length > maxLength)
        {
            return null;
        }

        var kind = ToneIds.TryParseKind(CardSubmit.GetString(activity, KindField), out var parsed) ? parsed : (DraftKind?)null;
        return new ReviewAgainSubmit(draft, kind);
    }
}
