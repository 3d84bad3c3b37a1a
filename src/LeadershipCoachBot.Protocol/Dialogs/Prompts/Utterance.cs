using System.Text;
using System.Text.RegularExpressions;

namespace LeadershipCoachBot.Protocol.Dialogs.Prompts;

/// <summary>Typed replies reduced to comparable words: mentions dropped, lower case, punctuation and extra spaces gone.</summary>
public static partial class Utterance
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutMentions = MentionPattern().Replace(text, " ");
        var builder = new StringBuilder(withoutMentions.Length);
        foreach (var c in withoutMentions)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '\'' ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string? text) =>
        Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary><paramref name="text"/> without Teams mentions (<c>&lt;at&gt;…&lt;/at&gt;</c>).</summary>
    internal static string WithoutMentions(string text) => MentionPattern().Replace(text, " ");

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionPattern();
}
