using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>The buttons of the 1:1 questions: each label, what it means and the words that also pick it, in one table.</summary>
public static class OneOnOneChoices
{
    private static readonly (string Label, PersonRole Role, string[] Synonyms)[] RoleTable =
    [
        ("Made the call with me", PersonRole.MadeTheCall, ["made the call", "decided with me", "co-decider", "my co-lead", "we decided together", "made it with me"]),
        ("Ran the change", PersonRole.RanTheChange, ["ran it", "ran the migration", "did the change", "pushed the button", "the engineer who ran it", "ran the deploy", "implemented it"]),
        ("Was affected by it", PersonRole.WasAffected, ["affected", "was affected", "took the hit", "cleaned up after it", "support", "on call"]),
        ("Is worried about their job", PersonRole.WorriedAboutTheirJob, ["worried", "worried about their job", "afraid of being fired", "scared for their job", "job worry", "job"]),
        ("Is the one others follow", PersonRole.InformalLeader, ["informal leader", "others follow", "the glue", "influencer", "the one people follow", "senior voice"]),
        ("Warned against it", PersonRole.WarnedAgainstIt, ["warned", "warned me", "disagreed", "said no", "pushed back", "objected", "was against it"]),
    ];

    private static readonly (string Label, MeetingLanding Landing, string[] Synonyms)[] LandingTable =
    [
        ("Well", MeetingLanding.Well, ["good", "fine", "great", "it went well", "ok", "okay"]),
        ("Mixed", MeetingLanding.Mixed, ["so so", "so-so", "partly", "hard to say", "some of it", "unsure"]),
        ("Hard", MeetingLanding.Hard, ["badly", "bad", "tough", "difficult", "rough", "not well", "it went badly"]),
    ];

    public static IList<Choice> Roles() => [.. RoleTable.Select(r => new Choice(r.Label, r.Synonyms))];

    public static PersonRole Role(string label) => RoleTable.Single(r => string.Equals(r.Label, label, StringComparison.Ordinal)).Role;

    public static string Label(PersonRole role) => RoleTable.Single(r => r.Role == role).Label;

    public static IList<Choice> Landings() => [.. LandingTable.Select(l => new Choice(l.Label, l.Synonyms))];

    public static MeetingLanding Landing(string label) => LandingTable.Single(l => string.Equals(l.Label, label, StringComparison.Ordinal)).Landing;
}
