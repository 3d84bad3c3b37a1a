using System.Security.Cryptography;
using System.Text;

namespace LeadershipCoachBot.Protocol.Diagnostics;

/// <summary>
/// What a value from a request may look like in a log line. Ids and types are short and printable
/// (a newline in an activity id cannot forge a log line); conversation ids and storage keys are
/// hashed (enough to follow one conversation through the logs, not to read it).
/// </summary>
public static class LogValue
{
    private const int MaxChars = 64;

    /// <summary>The value with control and format characters replaced by '?' and cut to 64 characters; "-" when empty.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var length = Math.Min(value.Length, MaxChars);
        var builder = new StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator ? '?' : c);
        }

        if (value.Length > MaxChars)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>A short, stable hash (12 hex digits of SHA-256) of a conversation id or storage key; "-" when empty.</summary>
    public static string Hash(string? value) =>
        string.IsNullOrEmpty(value)
            ? "-"
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
