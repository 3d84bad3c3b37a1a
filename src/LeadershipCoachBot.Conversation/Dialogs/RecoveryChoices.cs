using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of the recovery kit question: label, part and the words that also pick it, in one table.</summary>
public static class RecoveryChoices
{
    private static readonly (string Label, RecoveryPart Part, string[] Synonyms)[] Table =
    [
        ("All-hands outline", RecoveryPart.AllHands, ["all-hands", "all hands", "allhands", "town hall", "team meeting", "outline"]),
        ("Safeguards checklist", RecoveryPart.Safeguards, ["safeguards", "checklist", "rollback", "failover", "safety"]),
        ("Blameless retro", RecoveryPart.Retro, ["retro", "retrospective", "postmortem", "post-mortem", "agenda"]),
        ("All three", RecoveryPart.All, ["all", "everything", "the lot", "all of it", "whole kit"]),
    ];

    public static IList<Choice> Parts() => [.. Table.Select(p => new Choice(p.Label, p.Synonyms))];

    public static RecoveryPart Part(string label) => Table.Single(p => string.Equals(p.Label, label, StringComparison.Ordinal)).Part;
}
