using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Dialogs;

/// <summary>Reads the answer to an optional question: the text, or null when the user skipped it.</summary>
public static class OptionalText
{
    public static string? Read(string? answer)
    {
        var text = answer?.Trim();
        return string.IsNullOrEmpty(text) || IsSkip(text) ? null : text;
    }

    /// <summary>
    /// A validator accepting the skip word, any non-blank text up to <paramref name="maxLength"/>
    /// characters, or the card's Next with its box left empty (the question is optional, so its box is not required).
    /// </summary>
    public static PromptValidator<string> Validator(int maxLength) => (prompt, _) =>
        Task.FromResult(IsEmptyCardAnswer(prompt) || (prompt.Recognized.Succeeded
            && !string.IsNullOrWhiteSpace(prompt.Recognized.Value)
            && prompt.Recognized.Value.Trim().Length <= maxLength));

    /// <summary>A card submitted with the optional box empty or left out: a skip, not a reply to ask again.</summary>
    public static bool IsEmptyCardAnswer(PromptValidatorContext<string> prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return CardSubmit.IsCardSubmit(prompt.Context.Activity) && string.IsNullOrWhiteSpace(prompt.Recognized.Value);
    }

    /// <summary>The Skip button's word, or any loose "skip" or "I don't know" (one reader for every optional answer).</summary>
    private static bool IsSkip(string text) => DontKnowAnswer.Matches(text);
}
