using System.Text.RegularExpressions;
using LeadershipCoachBot.Coaching.Tone.Rules;
using LeadershipCoachBot.Coaching.Tone.Text;

namespace LeadershipCoachBot.Coaching.Tone.Engine;

/// <summary>
/// Blanks left to fill in a draft: lowercase words in square brackets ("[the safeguard]", "[when]"), as the
/// suggestions and drafted messages write them. Editorial brackets ("[...]", "[redacted]", "[UPDATED 11am]") are not blanks.
/// </summary>
internal static partial class PlaceholderReader
{
    public const string Why = "A blank in square brackets is still in the draft; readers would see the placeholder, so it is not ready to send.";

    /// <summary>Each blank, with the sentence that holds it (the first sentence when the splitter left it out).</summary>
    public static IReadOnlyList<(string Blank, DraftSentence Sentence)> Find(DraftText text)
    {
        var blanks = new List<(string, DraftSentence)>();
        if (text.Original.IndexOf('[', StringComparison.Ordinal) < 0 || text.Sentences.Count == 0)
        {
            return blanks;
        }

        foreach (Match match in Blank().Matches(text.Original))
        {
            var sentence = text.Sentences.FirstOrDefault(s => s.Start <= match.Index && match.Index < s.End, text.Sentences[0]);
            blanks.Add((match.Value, sentence));
        }

        return blanks;
    }

    /// <summary>
    /// The missing move whose added line a sentence is: the line a structural check suggests, up to its blank
    /// ("Next, I will [...]"). Null when the sentence is the writer's own.
    /// </summary>
    public static StructuralCheck? AddedLineOf(DraftText text, DraftSentence sentence, DraftVoice voice)
    {
        var line = text.Original.AsSpan(sentence.Start, sentence.Length).Trim();
        foreach (var check in StructuralChecks.All)
        {
            var pasteable = SuggestionWriter.Pasteable(SuggestionWriter.ForStructure(text, check, voice));
            var open = pasteable.IndexOf('[', StringComparison.Ordinal);
            if (open > 0 && line.StartsWith(pasteable.AsSpan(0, open), StringComparison.OrdinalIgnoreCase))
            {
                return check;
            }
        }

        return null;
    }

    public static string Suggestion(string blank) => $"Fill in {blank} with the real detail, or take the line out, before sending.";

    [GeneratedRegex(@"\[(?!(?:redacted|sic|edit(?:ed)?|updated?|snip)\b)\p{Ll}[^\[\]\r\n]{0,120}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Blank();
}
