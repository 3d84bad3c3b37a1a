using Microsoft.Identity.Client;

namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>Lets MSAL reach the identity provider through <see cref="IHttpClientFactory"/>'s pooled handlers.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string ClientName = "BotConnector.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientName);
}
