using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>
/// Recognises a whole answer that says "I don't know" or "skip" in any of its loose forms
/// ("dunno tbh", "no idea yet", "not sure atm", "n/a", "tbd"): the core phrase, with filler words
/// before or after it ignored. An answer that carries content ("not sure whether payments were
/// taken twice") is not one.
/// </summary>
public static class DontKnowAnswer
{
    private static readonly HashSet<string> Cores = new(StringComparer.Ordinal)
    {
        "skip", "skip it", "pass", "no comment", "next", "default", "none", "no", "nope", "nothing", "na", "n a", "tbd", "tbc", "unknown", "unsure",
        "no idea", "no clue", "not a clue", "idk", "dunno", "don't know", "dont know", "do not know", "not sure", "no one knows",
        "not known", "hard to say", "can't say", "cant say", "who knows", "not clear", "unclear",
    };

    /// <summary>Words that pad a "don't know" without adding content, at either end.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "tbh", "yet", "atm", "rn", "honestly", "really", "sorry", "lol", "still", "so", "far", "for", "now", "right", "at", "the",
        "moment", "um", "uh", "erm", "hmm", "well", "i", "i'm", "im", "we", "we're", "am", "are", "just", "totally", "tbf",
    };

    public static bool Matches(string? answer)
    {
        var words = Utterance.Words(answer).ToList();
        while (words.Count > 0 && !Cores.Contains(string.Join(' ', words)) && Filler.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        while (words.Count > 0 && !Cores.Contains(string.Join(' ', words)) && Filler.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return words.Count > 0 && Cores.Contains(string.Join(' ', words));
    }
}
