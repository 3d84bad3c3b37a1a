namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// Builds connector URLs under an activity's <c>serviceUrl</c>, which may or may not end in <c>/</c>
/// and may carry a path (<c>https://smba.trafficmanager.net/amer/</c>). Ids are escaped: Teams ids
/// hold <c>: ; @ =</c>.
/// </summary>
internal static class ConnectorRoute
{
    public static Uri Activities(string serviceUrl, string conversationId, string? activityId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activityId is not null)
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(BaseOf(serviceUrl), path);
    }

    public static Uri Conversations(string serviceUrl) => new(BaseOf(serviceUrl), "v3/conversations");

    private static Uri BaseOf(string serviceUrl)
    {
        var withSlash = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        if (!Uri.TryCreate(withSlash, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException(
                $"The activity's serviceUrl '{serviceUrl}' is not an absolute http(s) URL: reply with the serviceUrl of the inbound activity.",
                nameof(serviceUrl));
        }

        return uri;
    }
}
