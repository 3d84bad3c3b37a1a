using LeadershipCoachBot.Coaching.OneOnOnes;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// Reads, from a request for a 1:1 ("prep a 1:1 with the engineer who ran the migration"), who the
/// person is to the failure, so the prep does not ask what the leader already said. A role counts
/// only when the words name exactly one; anything unclear is left for the question.
/// </summary>
public static class PersonRoleCues
{
    private static readonly (PersonRole Role, string[] Phrases)[] Table =
    [
        (PersonRole.RanTheChange,
        [
            "who ran", "that ran", "who pushed the", "who pushed it", "that pushed the", "who deployed", "that deployed", "who shipped", "who did the change",
            "who made the change", "who rolled out", "who rolled it out", "who implemented", "who executed", "who ran the migration", "who pressed the button",
            "who pushed the button", "who did the migration", "who did the deploy",
        ]),
        (PersonRole.WarnedAgainstIt,
        [
            "warned", "warning me", "pushed back", "objected", "disagreed", "was against it", "were against it", "argued against", "advised against",
            "told me this would", "told me it would", "said it would fail", "said this would fail", "raised concerns", "flagged the risk", "said no to it",
        ]),
        (PersonRole.WorriedAboutTheirJob,
        [
            "worried about their job", "worried about his job", "worried about her job", "worried about losing", "scared for their job",
            "scared for his job", "scared for her job", "afraid of losing", "afraid of being fired", "afraid they'll be fired", "getting fired",
            "get fired", "being fired", "losing their job", "losing his job", "losing her job", "their job is safe", "fears for their job", "job security",
        ]),
        (PersonRole.MadeTheCall,
        [
            "made the call with me", "decided with me", "made the decision with me", "we decided together", "who decided with me",
            "co decided", "signed off with me", "approved it with me", "my co lead", "co-lead",
        ]),
        (PersonRole.WasAffected,
        [
            "was affected", "were affected", "got affected", "who got paged", "was paged", "got woken up", "took the hit", "cleaned up after",
            "worked the weekend", "worked all weekend", "who was on call", "was on call", "was on-call", "who was on-call", "handled the fallout", "took the calls",
        ]),
        (PersonRole.InformalLeader,
        [
            "others follow", "people follow", "everyone follows", "informal leader", "the glue", "everyone listens to", "the team listens to", "looks up to", "look up to",
        ]),
    ];

    private static readonly (PersonRole Role, string[] Words)[] Phrases =
        [.. Table.SelectMany(row => row.Phrases.Select(phrase => (row.Role, Utterance.Words(phrase))))];

    /// <summary>The one role <paramref name="request"/> names; null when it names none or more than one.</summary>
    public static PersonRole? Read(string? request)
    {
        var words = Utterance.Words(request);
        if (words.Length == 0)
        {
            return null;
        }

        var named = Phrases.Where(p => Contains(words, p.Words)).Select(p => p.Role).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
            {
                return true;
            }
        }

        return false;
    }
}
