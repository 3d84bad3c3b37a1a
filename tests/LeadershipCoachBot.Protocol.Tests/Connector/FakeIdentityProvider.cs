using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Identity.Client;

namespace LeadershipCoachBot.Protocol.Tests.Connector;

/// <summary>
/// An in-process Entra ID token endpoint for MSAL: no request leaves the process. It records what
/// MSAL asked for and issues <see cref="AccessToken"/>.
/// </summary>
public sealed class FakeIdentityProvider : HttpMessageHandler, IMsalHttpClientFactory
{
    public const string AccessToken = "eyJ.issued.token";

    private readonly ConcurrentQueue<(Uri Uri, string Form)> _tokenRequests = new();
    private readonly HttpClient _httpClient;

    public FakeIdentityProvider() => _httpClient = new HttpClient(this, disposeHandler: false);

    public IReadOnlyList<(Uri Uri, string Form)> TokenRequests => [.. _tokenRequests];

    public HttpClient GetHttpClient() => _httpClient;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            _tokenRequests.Enqueue((request.RequestUri, form));
            return Json($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
        }

        // Instance discovery: the authority's host is its own alias.
        var host = request.RequestUri!.Host;
        return Json($$"""
            {"tenant_discovery_endpoint":"https://{{host}}/common/v2.0/.well-known/openid-configuration","api-version":"1.1",
             "metadata":[{"preferred_network":"{{host}}","preferred_cache":"{{host}}","aliases":["{{host}}"]}]}
            """);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _httpClient.Dispose();
        }

        base.Dispose(disposing);
    }

    private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    };
}
