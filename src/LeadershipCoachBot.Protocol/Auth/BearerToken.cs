namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Reads the token out of an <c>Authorization: Bearer &lt;token&gt;</c> header.</summary>
internal static class BearerToken
{
    /// <summary>
    /// True for exactly a scheme and a token separated by one space. The scheme is matched
    /// case-insensitively, as HTTP authentication schemes are (RFC 7235 §2.1), so <c>bearer</c> is accepted.
    /// </summary>
    public static bool TryParse(string header, out string token)
    {
        ArgumentNullException.ThrowIfNull(header);
        token = string.Empty;
        var parts = header.Split(' ');
        if (parts.Length != 2
            || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase)
            || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
