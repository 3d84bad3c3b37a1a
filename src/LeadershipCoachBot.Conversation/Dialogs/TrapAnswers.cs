using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>Which trap checks the leader answered yes: ticked on the card (<c>"hiding,blame-shifting"</c>) or typed as numbers or words.</summary>
public static class TrapAnswers
{
    private static readonly (string Word, string Id)[] Words =
    [
        ("reverse", "panic-reversal"), ("reversing", "panic-reversal"), ("rollback", "panic-reversal"), ("roll", "panic-reversal"), ("panic", "panic-reversal"), ("undo", "panic-reversal"),
        ("blur", "hiding"), ("blurring", "hiding"), ("hide", "hiding"), ("hiding", "hiding"), ("quiet", "hiding"), ("vague", "hiding"), ("impact", "hiding"),
        ("blame", "blame-shifting"), ("blaming", "blame-shifting"), ("pointing", "blame-shifting"), ("others", "blame-shifting"), ("vendor", "blame-shifting"),
        ("punish", "shame-spiral"), ("punishing", "shame-spiral"), ("shame", "shame-spiral"), ("myself", "shame-spiral"), ("failure", "shame-spiral"), ("terrible", "shame-spiral"),
    ];

    /// <summary>The checks answered yes, in the card's order.</summary>
    public static IReadOnlyList<TrapCheck> Parse(string? answer)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(answer))
        {
            foreach (var part in answer.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TrapChecks.Find(part) is { } exact)
                {
                    ids.Add(exact.Id);
                }
            }

            foreach (var word in Utterance.Words(answer))
            {
                if (int.TryParse(word, out var number) && number >= 1 && number <= TrapChecks.All.Count)
                {
                    ids.Add(TrapChecks.All[number - 1].Id);
                }

                foreach (var (cue, id) in Words)
                {
                    if (string.Equals(word, cue, StringComparison.Ordinal))
                    {
                        ids.Add(id);
                    }
                }
            }
        }

        return [.. TrapChecks.All.Where(c => ids.Contains(c.Id))];
    }
}
