using System.Globalization;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>
/// Reads a reply that names a position in the list: an ordinal ("first" … "tenth", "1st" … "10th",
/// "the third one"), a place from the end ("last", "second to last", "next to last",
/// "penultimate"), or a number ("2", "two", "option two"). The reply must be that position and
/// nothing more than a few framing words ("the", "one", "option", "please", "I'll take"), so a
/// longer sentence that merely contains a number or an ordinal is never read as a pick, and two
/// positions in one reply are none.
/// </summary>
internal static class ChoicePosition
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] Numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    private static readonly string[] Suffixed = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"];

    /// <summary>Places counted from the end: 0 is the last choice.</summary>
    private static readonly (string[] Words, int FromEnd)[] FromEnd =
    [
        (["second", "to", "last"], 1), (["next", "to", "last"], 1), (["last", "but", "one"], 1), (["one", "before", "last"], 1),
        (["second", "last"], 1), (["penultimate"], 1),
        (["third", "to", "last"], 2), (["last", "but", "two"], 2), (["third", "last"], 2), (["antepenultimate"], 2),
        (["last"], 0), (["final"], 0),
    ];

    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "the", "option", "choice", "answer", "button", "number", "item", "please", "pick", "choose", "take", "select",
        "go", "for", "with", "i", "i'll", "i'd", "ill", "id", "say", "it's", "its", "is", "it", "that", "like", "want",
        "would", "just", "thanks", "thank", "you", "my", "me",
    };

    /// <summary>The zero-based position the reply names (possibly outside the list), or null when it names none or several.</summary>
    public static int? Find(UtteranceTokens tokens, int count)
    {
        int? found = null;
        var ordinalSeen = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var word = tokens.Words[i];
            if (TryFromEnd(tokens, i, out var fromEnd, out var length))
            {
                if (found is not null)
                {
                    return null;
                }

                found = count - 1 - fromEnd;
                ordinalSeen = true;
                i += length;
            }
            else if (Position(word, ordinalSeen) is { } position)
            {
                if (found is not null)
                {
                    return null;
                }

                found = position.Index;
                ordinalSeen |= position.IsOrdinal;
                i++;
            }
            else if (Framing.Contains(word) || (ordinalSeen && word is "one" or "ones"))
            {
                i++;
            }
            else
            {
                return null;
            }
        }

        return found;
    }

    private static (int Index, bool IsOrdinal)? Position(string word, bool ordinalSeen)
    {
        if (Array.IndexOf(Ordinals, word) is var ordinal and >= 0)
        {
            return (ordinal, true);
        }

        if (Array.IndexOf(Suffixed, word) is var suffixed and >= 0)
        {
            return (suffixed, true);
        }

        if (!ordinalSeen && Array.IndexOf(Numbers, word) is var number and >= 0)
        {
            return (number, false);
        }

        return word.Length <= 2 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits)
            ? (digits - 1, false)
            : null;
    }

    private static bool TryFromEnd(UtteranceTokens tokens, int start, out int fromEnd, out int length)
    {
        foreach (var (words, place) in FromEnd)
        {
            if (start + words.Length <= tokens.Count && words.Select((w, k) => tokens.Words[start + k] == w).All(b => b))
            {
                (fromEnd, length) = (place, words.Length);
                return true;
            }
        }

        (fromEnd, length) = (0, 0);
        return false;
    }
}
