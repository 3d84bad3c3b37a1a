using System.Text.Json;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Fetches an OpenID metadata document, follows its <c>jwks_uri</c> and reads the keys.</summary>
internal sealed class SigningKeySource(IHttpClientFactory httpClientFactory)
{
    public async Task<SigningKeySet> FetchAsync(Uri metadataUrl, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(BotFrameworkAuthentication.HttpClientName);
        Uri jwksUrl;
        using (var metadata = await GetJsonAsync(client, metadataUrl, cancellationToken))
        {
            jwksUrl = ReadJwksUrl(metadata.RootElement, metadataUrl);
        }

        using var jwks = await GetJsonAsync(client, jwksUrl, cancellationToken);
        return SigningKeySet.Parse(jwks.RootElement);
    }

    private static Uri ReadJwksUrl(JsonElement metadata, Uri metadataUrl)
    {
        var value = metadata.ValueKind == JsonValueKind.Object
            && metadata.TryGetProperty("jwks_uri", out var jwksUri)
            && jwksUri.ValueKind == JsonValueKind.String
                ? jwksUri.GetString()
                : null;
        if (!SecureUrl.TryCreate(value, out var url))
        {
            throw new InvalidDataException(
                $"The OpenID metadata at {metadataUrl} has no absolute https \"jwks_uri\".");
        }

        return url;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(body, default, cancellationToken);
    }
}
