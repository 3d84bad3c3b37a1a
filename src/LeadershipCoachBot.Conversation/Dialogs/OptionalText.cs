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

    /// <summary>A validator accepting the skip word or any non-blank text up to <paramref name="maxLength"/> characters.</summary>
    public static PromptValidator<string> Validator(int maxLength) => (prompt, _) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && !string.IsNullOrWhiteSpace(prompt.Recognized.Value)
            && prompt.Recognized.Value.Trim().Length <= maxLength);

    /// <summary>The Skip button's word, or any loose "skip" or "I don't know" (one reader for every optional answer).</summary>
    private static bool IsSkip(string text) => DontKnowAnswer.Matches(text);
}
