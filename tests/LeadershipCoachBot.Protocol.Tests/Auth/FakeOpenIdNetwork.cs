using System.Net;
using System.Text;

namespace LeadershipCoachBot.Protocol.Tests.Auth;

/// <summary>
/// A hand-written HTTP handler serving the OpenID metadata and JWKS of the registered authorities;
/// any other URL answers 404. It is also the <see cref="IHttpClientFactory"/> handing out clients over it.
/// </summary>
internal sealed class FakeOpenIdNetwork : HttpMessageHandler, IHttpClientFactory
{
    private readonly List<OpenIdAuthority> _authorities = [];

    public List<string> ClientNames { get; } = [];

    public OpenIdAuthority Add(string metadataUrl, string jwksUrl)
    {
        var authority = new OpenIdAuthority(new Uri(metadataUrl), new Uri(jwksUrl));
        _authorities.Add(authority);
        return authority;
    }

    public HttpClient CreateClient(string name)
    {
        ClientNames.Add(name);
        return new HttpClient(this, disposeHandler: false);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        foreach (var authority in _authorities)
        {
            if (url == authority.MetadataUrl)
            {
                authority.MetadataRequests++;
                return Task.FromResult(Answer(authority, authority.MetadataJson()));
            }

            if (url == authority.JwksUrl)
            {
                authority.KeyRequests++;
                return Task.FromResult(Answer(authority, authority.KeysJson()));
            }
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }

    private static HttpResponseMessage Answer(OpenIdAuthority authority, string json) => authority.Unavailable
        ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
        : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
