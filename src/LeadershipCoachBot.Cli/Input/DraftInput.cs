using LeadershipCoachBot.Coaching.Tone;

namespace LeadershipCoachBot.Cli.Input;

/// <summary>Checks on the parts of a draft a user gives: its kind id and its text.</summary>
internal static class DraftInput
{
    public static string KindList => string.Join(", ", ToneIds.AllKindIds);

    /// <summary>Parses a contract kind id; null stays null (the review guesses the kind).</summary>
    /// <exception cref="UnusableInputException">The id is not one of the contract's kinds.</exception>
    public static DraftKind? ParseKind(string? id)
    {
        if (id is null)
        {
            return null;
        }

        return ToneIds.TryParseKind(id, out var kind)
            ? kind
            : throw new UnusableInputException($"unknown kind '{id}'; use one of {KindList}, or leave it out to have it guessed.");
    }

    /// <exception cref="UnusableInputException">The text is empty, or has no sentence of content (only a greeting, a sign-off or a name).</exception>
    public static string RequireText(string? text, string source)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new UnusableInputException($"the draft from {source} is empty; give the text to review.");
        }

        if (!ToneReviewer.HasContent(text))
        {
            throw new UnusableInputException($"the draft from {source} has no sentence to review, only a greeting, a sign-off or a name; give the body of the message.");
        }

        return text;
    }
}
