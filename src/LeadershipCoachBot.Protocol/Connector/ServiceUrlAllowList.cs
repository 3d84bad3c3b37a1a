using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// Which <c>serviceUrl</c> hosts the bot sends to (and sends its token to). An authenticated activity
/// could name any URL; replies and proactive messages go only to https hosts on
/// <see cref="BotConnectorOptions.AllowedServiceUrlHosts"/> (an entry <c>*.example.com</c> allows the
/// subdomains of example.com), and to loopback only when <see cref="BotConnectorOptions.AllowLoopbackServiceUrls"/>
/// is on (the host turns it on in Development, for the local Agents Playground).
/// </summary>
public sealed class ServiceUrlAllowList
{
    private readonly string[] _exact;
    private readonly string[] _suffixes;
    private readonly bool _allowLoopback;

    public ServiceUrlAllowList(IOptions<BotConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hosts = options.Value.EffectiveAllowedServiceUrlHosts;
        _exact = [.. hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h.Trim().ToLowerInvariant())];
        _suffixes = [.. hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h.Trim()[1..].ToLowerInvariant())];
        _allowLoopback = options.Value.AllowLoopbackServiceUrls;
    }

    public bool IsAllowed(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        if (serviceUrl.IsLoopback)
        {
            return _allowLoopback && (serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps);
        }

        if (serviceUrl.Scheme != Uri.UriSchemeHttps || !serviceUrl.IsDefaultPort)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.ToLowerInvariant();
        return _exact.Contains(host, StringComparer.Ordinal)
            || _suffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal) && host.Length > suffix.Length);
    }
}
