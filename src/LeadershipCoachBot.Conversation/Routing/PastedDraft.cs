using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// Tells a pasted draft from a request: anything after <c>review:</c> (or <c>check:</c>, <c>draft:</c>)
/// is a draft; so is a message of three or more sentences that does not ask the coach for something,
/// and any message of two or more sentences longer than <see cref="LongMessage"/> characters.
/// </summary>
public static partial class PastedDraft
{
    /// <summary>From this many characters a message of two sentences or more is a draft, whatever it asks.</summary>
    public const int LongMessage = 320;

    private const int MinimumDraftSentences = 3;

    /// <summary>The draft in <paramref name="text"/>, or null when the text reads as a request.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var prefixed = Prefix().Match(text);
        if (prefixed.Success)
        {
            var rest = text[prefixed.Length..].Trim();
            return rest.Length > 0 ? rest : null;
        }

        var trimmed = text.Trim();
        var sentences = SentenceEnd().Count(trimmed) + (EndsWithPunctuation(trimmed) ? 0 : 1);
        if (sentences >= 2 && trimmed.Length > LongMessage)
        {
            return trimmed;
        }

        return sentences >= MinimumDraftSentences && !AsksTheCoach().IsMatch(trimmed) ? trimmed : null;
    }

    private static bool EndsWithPunctuation(string text) => text[^1] is '.' or '!' or '?';

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:review|check|draft|tone(?:\s+check)?|review\s+this|check\s+this)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"[.!?]+(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:can|could|would|will)\s+you\b|\bhelp\s+me\b|\bhow\s+(?:do|should|can)\s+i\b|\bwhat\s+(?:do|should)\s+i\b|\bi\s+need\s+(?:to|help|a|an)\b|\bplease\s+(?:help|write|draft|review|check)\b|\bi\s+want\s+to\s+(?:write|tell|send|post)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksTheCoach();
}
