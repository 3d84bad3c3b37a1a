using System.Text.Json;
using LeadershipCoachBot.Coaching.Tone;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;
using LeadershipCoachBot.Protocol.Schema;

namespace LeadershipCoachBot.Conversation.Cards;

/// <summary>
/// What the review card's "Review again" button sends: the review action with the revised draft and, when the
/// user chose it, the kind (<c>{"action": "review", "draft": "...", "kind": "apology"}</c>).
/// </summary>
public sealed record ReviewAgainSubmit(string Draft, DraftKind? Kind)
{
    public const string DraftField = "draft";
    public const string KindField = "kind";

    public Dictionary<string, string> ToData()
    {
        var data = new Dictionary<string, string> { [CardActions.Field] = CardActions.Review, [DraftField] = Draft };
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

        var draft = CardSubmit.GetString(activity, DraftField);
        if (string.IsNullOrWhiteSpace(draft) || draft.Length > maxLength)
        {
            return null;
        }

        var kind = ToneIds.TryParseKind(CardSubmit.GetString(activity, KindField), out var parsed) ? parsed : (DraftKind?)null;
        return new ReviewAgainSubmit(draft, kind);
    }
}
