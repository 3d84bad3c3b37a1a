namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Reads a yes or a no from English replies. A few whole replies are looked up first (correct,
/// right, please, do it / never, wrong, don't, not yet …, and the button numbers 1 and 2). Otherwise
/// a yes or no word or phrase anywhere in the reply answers (yes, ok, agree, 👍, 👌 / no, not ok,
/// disagree, 👎 …): the longest phrase wins, and among equals the earliest ("I said no, not yes" is
/// a no). A yes or no right after a negation never counts as itself: "isn't ok" is a no, "not sure"
/// is neither.
/// </summary>
public static class ConfirmRecognizer
{
    private const int Yes = 0;
    private const int No = 1;

    private static readonly HashSet<string> YesReplies = new(StringComparer.Ordinal)
    {
        "k", "correct", "right", "certainly", "indeed", "affirmative", "please", "do it", "that's right",
        "that is right", "i do", "it is", "it has", "1",
    };

    private static readonly HashSet<string> NoReplies = new(StringComparer.Ordinal)
    {
        "negative", "never", "not now", "not yet", "incorrect", "wrong", "don't", "do not", "i don't",
        "it isn't", "it hasn't", "2",
    };

    private static readonly string[] YesWords =
    [
        "yes", "y", "yeah", "yea", "ya", "yep", "yup", "sure", "ok", "okay", "agree", "agreed", "true",
        "absolutely", "definitely", "of course", "sounds good", "go ahead", "yes please", "no problem",
        "no worries", "\U0001F44D", "\U0001F44C",
    ];

    private static readonly string[] NoWords =
    [
        "no", "n", "nope", "nop", "nah", "false", "disagree", "not ok", "not okay", "not really",
        "not at all", "not true", "not right", "not correct", "not agree", "yeah no", "no way", "no thanks", "no thank you", "probably not",
        "i don't think so", "don't think so", "not that i know of", "definitely not", "absolutely not",
        "of course not", "\U0001F44E",
    ];

    private static readonly PhraseFinder Finder = new([.. YesWords.Select(w => Phrase.Of(Yes, w)), .. NoWords.Select(w => Phrase.Of(No, w))]);

    /// <summary>True for yes, false for no, null when the reply is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var tokens = UtteranceTokens.From(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var reply = string.Join(' ', tokens.Words);
        if (YesReplies.Contains(reply))
        {
            return true;
        }

        if (NoReplies.Contains(reply))
        {
            return false;
        }

        var (kept, _) = Finder.Find(tokens);
        return kept.Count == 0 ? null : kept[0].Phrase.Owner == Yes;
    }
}
