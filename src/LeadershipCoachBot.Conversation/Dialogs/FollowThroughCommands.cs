using LeadershipCoachBot.Coaching.Recovery;
using LeadershipCoachBot.Coaching.HardConversations;
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
        [FollowThroughActions.AddLesson] = new(nameof(RecordLessonDialog)),
        ["lesson"] = new(nameof(RecordLessonDialog)),
        ["record a lesson"] = new(nameof(RecordLessonDialog)),
        [FollowThroughActions.Lessons] = new(nameof(LessonsDialog), new LessonsOptions(LessonsAction.List)),
        ["my lessons"] = new(nameof(LessonsDialog), new LessonsOptions(LessonsAction.List)),
        [FollowThroughActions.ExportLessons] = new(nameof(LessonsDialog), new LessonsOptions(LessonsAction.Export)),
        [FollowThroughActions.ForgetLessons] = new(nameof(LessonsDialog), new LessonsOptions(LessonsAction.Forget)),
        [FollowThroughActions.Recovery] = new(nameof(RecoveryKitDialog)),
        ["recovery kit"] = new(nameof(RecoveryKitDialog)),
        ["lead the recovery"] = new(nameof(RecoveryKitDialog)),
        [FollowThroughActions.AllHands] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.AllHands)),
        ["all hands"] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.AllHands)),
        [FollowThroughActions.Safeguards] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.Safeguards)),
        [FollowThroughActions.SafeguardDone] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.Safeguards)),
        [FollowThroughActions.Retro] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.Retro)),
        ["blameless retro"] = new(nameof(RecoveryKitDialog), new RecoveryKitOptions(RecoveryPart.Retro)),
        [FollowThroughActions.HardConversation] = new(nameof(HardConversationDialog)),
        ["a hard conversation"] = new(nameof(HardConversationDialog)),
        ["culture misfire"] = new(nameof(HardConversationDialog), new HardConversationOptions(HardConversationKind.CultureMisfire)),
        ["security fix exploited"] = new(nameof(HardConversationDialog), new HardConversationOptions(HardConversationKind.ExploitedSecurityFix)),
        ["no coming back"] = new(nameof(HardConversationDialog), new HardConversationOptions(HardConversationKind.NoComingBack)),
    };

    /// <summary>The prefix that records what follows as a lesson: <c>lesson: the cache was cold</c>.</summary>
    public const string LessonPrefix = LessonBook.LessonPrefix;

    /// <summary>
    /// A command that interrupts an open dialog: <c>lesson: …</c> typed while another dialog (not
    /// the lesson one itself) waits for an answer. Null when there is none.
    /// </summary>
    public static DialogStart? Interruption(string? activeDialogId, string? text)
    {
        if (activeDialogId is null || activeDialogId == nameof(RecordLessonDialog) || text is null)
        {
            return null;
        }

        return text.TrimStart().StartsWith(LessonPrefix, StringComparison.OrdinalIgnoreCase) ? Match(text) : null;
    }

    /// <summary>The dialog <paramref name="said"/> starts, or null when it is not one of these commands.</summary>
    public static DialogStart? Match(string? said)
    {
        if (string.IsNullOrWhiteSpace(said))
        {
            return null;
        }

        var trimmed = said.Trim();
        if (trimmed.StartsWith(LessonPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new DialogStart(nameof(RecordLessonDialog), new RecordLessonOptions(trimmed[LessonPrefix.Length..].Trim()));
        }

        return Exact.TryGetValue(trimmed, out var exact) ? exact
            : Exact.GetValueOrDefault(Utterance.Normalise(said));
    }
}
