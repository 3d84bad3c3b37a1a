namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Reads a yes or a no from English replies: the common words and phrases (y, yep, sure, ok,
/// correct / n, nope, nah, not really …), a reply that starts with a clear yes or no word, or the
/// button numbers 1 (yes) and 2 (no).
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly HashSet<string> YesPhrases = new(StringComparer.Ordinal)
    {
        "y", "yes", "yep", "yeah", "yea", "ya", "yup", "sure", "ok", "okay", "k", "correct", "right",
        "true", "absolutely", "definitely", "certainly", "of course", "indeed", "affirmative",
        "please", "yes please", "go ahead", "do it", "sounds good", "that's right", "that is right",
        "no problem", "no worries", "1",
    };

    private static readonly HashSet<string> NoPhrases = new(StringComparer.Ordinal)
    {
        "n", "no", "nope", "nah", "not really", "no thanks", "no thank you", "negative", "false",
        "never", "not now", "not yet", "incorrect", "wrong", "don't", "do not", "not at all", "no way",
        "2",
    };

    private static readonly HashSet<string> YesFirstWords = new(StringComparer.Ordinal) { "yes", "yeah", "yep", "yup", "sure", "absolutely", "definitely" };

    private static readonly HashSet<string> NoFirstWords = new(StringComparer.Ordinal) { "no", "nope", "nah" };

    /// <summary>True for yes, false for no, null when the reply is neither.</summary>
    public static bool? Recognize(string? text)
    {
        var words = Utterance.Words(text);
        if (words.Length == 0)
        {
            return null;
        }

        var reply = string.Join(' ', words);
        if (YesPhrases.Contains(reply))
        {
            return true;
        }

        if (NoPhrases.Contains(reply))
        {
            return false;
        }

        if (YesFirstWords.Contains(words[0]))
        {
            return true;
        }

        return NoFirstWords.Contains(words[0]) ? false : null;
    }
}
