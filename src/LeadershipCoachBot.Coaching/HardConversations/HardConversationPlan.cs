using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Coaching.HardConversations;

/// <summary>A hard conversation: who it is with, how to hold it, what not to do, and the message that goes with it.</summary>
/// <param name="Audience">Who the message and the conversation are for.</param>
/// <param name="Steps">The conversation plan, in order.</param>
/// <param name="Avoid">What not to do.</param>
/// <param name="Message">The drafted message in its three moves (own it, frame it, move it), as drafted messages are.</param>
/// <param name="Draft">The drafted message as text; a bracketed part is for the leader to fill in.</param>
/// <param name="DraftKind">What kind of message the draft is, for the tone review.</param>
public sealed record HardConversationPlan(
    HardConversationKind Kind,
    string Audience,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Avoid,
    IReadOnlyList<DraftSection> Message,
    string Draft,
    DraftKind DraftKind)
{
    /// <summary>The text of one move of <see cref="Message"/>.</summary>
    public string Move(DraftPart part) => Message.Single(s => s.Part == part).Text;
}
