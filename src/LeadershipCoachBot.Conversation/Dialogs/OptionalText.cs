using LeadershipCoachBot.Conversation.Cards;
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

    private static bool IsSkip(string text) =>
        Utterance.Normalise(text) is SkippableQuestionCard.SkipWord or "pass" or "no comment" or "nothing" or "skip it" or "next";
}
