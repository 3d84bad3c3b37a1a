using LeadershipCoachBot.Conversation.Cards;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// The exact commands (typed, or sent by a card button as <see cref="CardActions.Field"/>) that
/// start the 1:1, lessons, recovery and hard-conversation flows, and <c>lesson: …</c>.
/// </summary>
public static class FollowThroughCommands
{
    private static readonly Dictionary<string, DialogStart> Exact = new(StringComparer.Ordinal)
    {
        [FollowThroughActions.OneOnOnePrep] = new(nameof(OneOnOnePrepDialog)),
        ["1 1 prep"] = new(nameof(OneOnOnePrepDialog)),
        ["prepare a 1 1"] = new(nameof(OneOnOnePrepDialog)),
        ["one on one"] = new(nameof(OneOnOnePrepDialog)),
        ["prepare a one on one"] = new(nameof(OneOnOnePrepDialog)),
        [FollowThroughActions.HowDidItGo] = new(nameof(OneOnOneDebriefDialog)),
        ["1 1 debrief"] = new(nameof(OneOnOneDebriefDialog)),
    };

    /// <summary>The dialog <paramref name="said"/> starts, or null when it is not one of these commands.</summary>
    public static DialogStart? Match(string? said)
    {
        if (string.IsNullOrWhiteSpace(said))
        {
            return null;
        }

        return Exact.TryGetValue(said.Trim(), out var exact) ? exact
            : Exact.GetValueOrDefault(Utterance.Normalise(said));
    }
}
