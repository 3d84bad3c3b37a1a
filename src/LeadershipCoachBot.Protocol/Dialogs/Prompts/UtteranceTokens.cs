using System.Globalization;
using System.Text;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// A typed reply split into lower-case tokens (words, numbers and emoji, each emoji a token of its
/// own), with the clause each token belongs to. A clause ends at <c>. , ; : ! ?</c>, a line break
/// or the word <c>but</c>, so a "not" in one clause never reaches a word in the next.
/// </summary>
internal sealed class UtteranceTokens
{
    private UtteranceTokens(string[] words, int[] clauses)
    {
        Words = words;
        Clauses = clauses;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The clause number of each token, counting from 0.</summary>
    public IReadOnlyList<int> Clauses { get; }

    public int Count => Words.Count;

    public static UtteranceTokens From(string? text)
    {
        var words = new List<string>();
        var clauses = new List<int>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return new UtteranceTokens([], []);
        }

        var clause = 0;
        var word = new StringBuilder();
        void Flush()
        {
            var token = word.ToString().Trim('\'');
            word.Clear();
            if (token.Length == 0)
            {
                return;
            }

            words.Add(token);
            clauses.Add(clause);
            if (token == "but")
            {
                clause++;
            }
        }

        foreach (var rune in Utterance.WithoutMentions(text).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (rune.Value is '\'' or '\u2019')
            {
                word.Append('\'');
            }
            else if (IsEmoji(rune))
            {
                Flush();
                words.Add(rune.ToString());
                clauses.Add(clause);
            }
            else if (IsIgnorable(rune))
            {
                continue;
            }
            else
            {
                Flush();
                if (IsClauseBreak(rune) && words.Count > 0 && clauses[^1] == clause)
                {
                    clause++;
                }
            }
        }

        Flush();
        return new UtteranceTokens([.. words], [.. clauses]);
    }

    private static bool IsClauseBreak(Rune rune) => rune.Value is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r';

    private static bool IsEmoji(Rune rune) =>
        rune.Value >= 0x2600 && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    /// <summary>Skin tones, the emoji variation selector and the zero-width joiner change no meaning here.</summary>
    private static bool IsIgnorable(Rune rune) =>
        rune.Value is (>= 0x1F3FB and <= 0x1F3FF) or 0xFE0F or 0x200D;
}
