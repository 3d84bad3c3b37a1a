using LeadershipCoachBot.Coaching.HardConversations;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of the hard-conversation question: label, kind and the words that also pick it, in one table.</summary>
public static class HardConversationChoices
{
    private static readonly (string Label, HardConversationKind Kind, string[] Synonyms)[] Table =
    [
        ("A change that cracked the team", HardConversationKind.CultureMisfire, ["culture", "culture misfire", "removal", "reorg", "reorganisation", "team cracked", "i removed someone"]),
        ("A deferred security fix was exploited", HardConversationKind.ExploitedSecurityFix, ["security", "security fix", "breach", "exploited", "vulnerability", "we got hacked"]),
        ("There is no coming back", HardConversationKind.NoComingBack, ["no coming back", "can't be undone", "cannot be undone", "irreversible", "unrecoverable", "it's over"]),
    ];

    public static IList<Choice> Kinds() => [.. Table.Select(k => new Choice(k.Label, k.Synonyms))];

    public static HardConversationKind Kind(string label) => Table.Single(k => string.Equals(k.Label, label, StringComparison.Ordinal)).Kind;

    public static string Label(HardConversationKind kind) => Table.Single(k => k.Kind == kind).Label;
}
