namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// The English words that negate what follows them: not, no, nope, nah, nothing, never, no longer,
/// the n't forms (typed with or without the apostrophe), and "un" glued or hyphened to a word. A
/// phrase is negated <i>directly</i>
/// when only words like "yet", "been" or "fully" stand between it and the negation ("not yet
/// contained", "hasn't been confirmed"), and <i>from a distance</i> when the negation is up to
/// six words before it in the same clause ("not sure it is contained"). "Not" right after a
/// phrase negates it too ("it has not", "stable? not really").
/// </summary>
internal static class Negation
{
    /// <summary>The canonical negation a negated phrase is looked up with: "isn't contained" reads as "not contained".</summary>
    public const string Not = "not";

    private const int Reach = 6;

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "not", "no", "nope", "nah", "never", "nor", "neither", "without", "cannot", "nothing", "un",
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
        "cant", "couldnt", "wouldnt", "shouldnt", "wont", "aint", "mustnt", "neednt",
    };

    /// <summary>Words that may stand between a negation and what it negates without weakening it.</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "yet", "been", "be", "being", "fully", "totally", "completely", "entirely", "quite", "really",
        "actually", "even", "longer", "any", "all", "so", "too", "very",
    };

    public static bool IsFiller(string word) => Fillers.Contains(word);

    public static bool IsCue(string word) =>
        Cues.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    /// <summary>The position of the negation right before <paramref name="index"/> (fillers allowed between), or -1.</summary>
    public static int DirectCue(UtteranceTokens tokens, int index)
    {
        for (var i = index - 1; i >= 0 && tokens.Clauses[i] == tokens.Clauses[index]; i--)
        {
            if (IsCue(tokens.Words[i]))
            {
                return i;
            }

            if (!Fillers.Contains(tokens.Words[i]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The negation within six words before <paramref name="index"/> in the same clause, or null.</summary>
    public static string? CueFromDistance(UtteranceTokens tokens, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - Reach && tokens.Clauses[i] == tokens.Clauses[index]; i--)
        {
            if (IsCue(tokens.Words[i]))
            {
                return tokens.Words[i];
            }
        }

        return null;
    }

    /// <summary>Whether "not" or "never" comes right after a phrase ending at <paramref name="end"/>, as in "it has not".</summary>
    public static bool IsFollowedByNot(UtteranceTokens tokens, int end) =>
        end < tokens.Count && tokens.Words[end] is Not or "never";

    /// <summary>
    /// Whether what comes right after a phrase ending at <paramref name="end"/> may take it back:
    /// "not" or "never" ("stable? not really"), or a new clause that starts with a bare no
    /// ("contained? no").
    /// </summary>
    public static bool MayTakeBack(UtteranceTokens tokens, int end) =>
        IsFollowedByNot(tokens, end)
        || (end < tokens.Count && tokens.Clauses[end] != tokens.Clauses[end - 1] && tokens.Words[end] is "no" or "nope" or "nah");

    /// <summary>Whether the word at <paramref name="index"/> is the "no" of "no longer".</summary>
    public static bool IsNoLonger(UtteranceTokens tokens, int index) =>
        tokens.Words[index] == "no" && index + 1 < tokens.Count && tokens.Words[index + 1] == "longer";

    /// <summary>The rest of a word glued to "un" ("unconfirmed" gives "confirmed"), or null.</summary>
    public static string? WithoutUnPrefix(string word) =>
        word.Length > 2 && word.StartsWith("un", StringComparison.Ordinal) ? word[2..] : null;
}
