using LeadershipCoachBot.Coaching.Drafting;
using LeadershipCoachBot.Protocol.Dialogs.Prompts;

namespace LeadershipCoachBot.Conversation.Routing;

/// <summary>
/// Reads what a leader's free text asks for by adding up the weights of the <see cref="IntentCues"/>
/// it contains (typos of one letter forgiven in longer words that are not cue words themselves). Pure and deterministic.
/// </summary>
public static class IntentRecognizer
{
    /// <summary>The least total weight that counts as understood.</summary>
    public const int MinimumScore = 3;

    /// <summary>What a leader types before a lesson to record it: <c>lesson: ...</c>.</summary>
    public const string LessonPrefix = "lesson:";

    private const int FuzzyFromLength = 5;

    private static readonly (IntentCue Cue, string[] Words)[] Cues =
        [.. IntentCues.All.Select(cue => (cue, PhraseWords(cue.Phrase)))];

    /// <summary>Every word a cue names: such a word is read as itself, never as a typo of a neighbour ("wrote" is not "write").</summary>
    private static readonly HashSet<string> CueWords = new(Cues.SelectMany(c => c.Words).Where(w => !w.EndsWith('*')), StringComparer.Ordinal);

    public static IntentMatch Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return IntentMatch.Nothing;
        }

        if (text.TrimStart().StartsWith(LessonPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new IntentMatch(CoachIntent.Lesson, int.MaxValue);
        }

        var words = Utterance.Words(text);
        var scores = Scores(words);
        var best = IntentMatch.Nothing;
        foreach (var intent in IntentCues.Preference)
        {
            var score = scores.GetValueOrDefault(intent);
            if (score >= MinimumScore && score > best.Score)
            {
                best = new IntentMatch(intent, score);
            }
        }

        return best with { Audience = AudienceOf(words) };
    }

    /// <summary>Each intent's total weight for the normalised <paramref name="words"/>.</summary>
    public static IReadOnlyDictionary<CoachIntent, int> Scores(string[] words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var scores = new Dictionary<CoachIntent, int>();
        foreach (var (cue, phrase) in Cues)
        {
            if (phrase.Length > 0 && Contains(words, phrase))
            {
                scores[cue.Intent] = scores.GetValueOrDefault(cue.Intent) + cue.Weight;
            }
        }

        return scores;
    }

    /// <summary>The audience the words name: customers, executives or the team; null when none.</summary>
    public static Audience? AudienceOf(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Any(w => w is "customers" or "customer" or "users" or "clients" or "public" or "statuspage"))
        {
            return Audience.Customers;
        }

        if (words.Any(w => w.StartsWith("exec", StringComparison.Ordinal) || w is "ceo" or "cto" or "cfo" or "board" or "leadership" or "vp" or "boss" or "management" or "slt"))
        {
            return Audience.Executives;
        }

        return words.Any(w => w is "team" or "engineers" or "org" or "staff" or "squad" or "folks") ? Audience.Team : null;
    }

    private static string[] PhraseWords(string phrase)
    {
        var words = Utterance.Words(phrase.Replace("*", string.Empty, StringComparison.Ordinal));
        if (phrase.EndsWith('*') && words.Length > 0)
        {
            words[^1] += "*";
        }

        return words;
    }

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                all = WordMatches(words[start + i], phrase[i]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordMatches(string word, string cue)
    {
        if (cue.EndsWith('*'))
        {
            return word.StartsWith(cue.AsSpan(0, cue.Length - 1), StringComparison.Ordinal);
        }

        if (string.Equals(word, cue, StringComparison.Ordinal))
        {
            return true;
        }

        return cue.Length >= FuzzyFromLength && !CueWords.Contains(word) && Math.Abs(word.Length - cue.Length) <= 1 && OneEditApart(word, cue);
    }

    /// <summary>Whether one insertion, deletion, substitution or swap of neighbours turns one word into the other.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            var substituted = a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
            return substituted || swapped;
        }

        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
