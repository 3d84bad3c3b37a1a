using System.Security.Cryptography;
using System.Text;

namespace LeadershipCoachBot.Web.Storage;

/// <summary>
/// Turns any storage key into a valid table key, reversibly. The table service forbids
/// <c>/ \ # ?</c> and the control characters U+0000-U+001F and U+007F-U+009F in keys; each of those
/// and the escape character <c>%</c> itself becomes <c>%XX</c> (two upper-case hex digits), so every
/// <c>%</c> in an encoded key starts exactly one escape and two different keys never encode alike.
/// An encoded key longer than the service's 1 KiB (512 UTF-16 characters) key limit becomes a
/// readable prefix, the marker <c>%~</c> (which no plain encoding contains) and the key's SHA-256 in
/// hex; such entities also keep the original key, so reads can check it.
/// </summary>
internal static class TableKeyEncoding
{
    public const int MaxKeyChars = 512;

    private const char Escape = '%';
    private const string HashMarker = "%~";
    private const int ReadablePrefixChars = 200;

    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoded = EscapeAll(key);
        return encoded.Length <= MaxKeyChars ? encoded : Hashed(key, encoded);
    }

    /// <summary>Whether <see cref="Encode"/> had to hash the key (so the entity carries the original).</summary>
    public static bool IsHashed(string encoded) => encoded.Contains(HashMarker, StringComparison.Ordinal);

    /// <summary>The key an unhashed encoding came from.</summary>
    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (IsHashed(encoded))
        {
            throw new ArgumentException("A hashed table key cannot be decoded; read the original key from the entity.", nameof(encoded));
        }

        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == Escape)
            {
                builder.Append((char)Convert.ToInt32(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                builder.Append(encoded[i]);
            }
        }

        return builder.ToString();
    }

    private static bool MustEscape(char c) =>
        c is Escape or '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    private static string EscapeAll(string key)
    {
        var builder = new StringBuilder(key.Length + 16);
        foreach (var c in key)
        {
            if (MustEscape(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static string Hashed(string key, string encoded)
    {
        var cut = ReadablePrefixChars;
        var lastEscape = encoded.LastIndexOf(Escape, cut - 1, 3);
        if (lastEscape >= 0)
        {
            cut = lastEscape;
        }

        if (char.IsHighSurrogate(encoded[cut - 1]))
        {
            cut--;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Concat(encoded.AsSpan(0, cut), HashMarker, hash);
    }
}
