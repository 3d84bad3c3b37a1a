namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>The rule for every URL keys are fetched from: absolute and https, or http only on loopback.</summary>
internal static class SecureUrl
{
    public static bool TryCreate(string? value, out Uri url)
    {
        url = null!;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        var allowed = parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback);
        if (allowed)
        {
            url = parsed;
        }

        return allowed;
    }
}
