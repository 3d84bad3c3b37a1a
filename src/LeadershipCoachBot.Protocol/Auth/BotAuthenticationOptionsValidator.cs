using Microsoft.Extensions.Options;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>Start-up checks of the <c>BotAuthentication</c> section.</summary>
internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private const string Section = BotAuthenticationOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        CheckUrl(failures, nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl);
        CheckUrl(failures, nameof(options.EntraOpenIdMetadataUrl), options.EntraOpenIdMetadataUrl);
        if (string.IsNullOrWhiteSpace(options.BotFrameworkIssuer))
        {
            failures.Add($"{Section}:BotFrameworkIssuer is empty; set it to the channel token issuer (https://api.botframework.com in the public cloud).");
        }

        if (string.IsNullOrWhiteSpace(options.CallerId))
        {
            failures.Add($"{Section}:CallerId is empty; set it to urn:botframework:azure (public cloud) or urn:botframework:azureusgov.");
        }

        if (options.EntraTenantIds.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:EntraTenantIds has an empty entry; list tenant id GUIDs only.");
        }

        if (options.EntraIssuerFormats.Any(f => f is null || !f.Contains(BotAuthenticationOptions.TenantIdPlaceholder, StringComparison.Ordinal)))
        {
            failures.Add($"{Section}:EntraIssuerFormats entries must contain {BotAuthenticationOptions.TenantIdPlaceholder}, e.g. https://login.microsoftonline.com/{BotAuthenticationOptions.TenantIdPlaceholder}/v2.0.");
        }

        if (options.AllowedCallers.Any(string.IsNullOrWhiteSpace))
        {
            failures.Add($"{Section}:AllowedCallers has an empty entry; list application (client) ids only.");
        }

        if (options.KeyFetchTimeout <= TimeSpan.Zero || options.KeyFetchTimeout > TimeSpan.FromSeconds(10))
        {
            failures.Add($"{Section}:KeyFetchTimeout must be between 00:00:00 and 00:00:10: a turn must stay inside the channel's 15-second wait.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:ClockSkew must be between 00:00:00 and 00:10:00 (the protocol uses 00:05:00).");
        }

        if (options.MinimumSigningKeyRefreshInterval <= TimeSpan.Zero || options.SigningKeyRefreshInterval < options.MinimumSigningKeyRefreshInterval)
        {
            failures.Add($"{Section}:MinimumSigningKeyRefreshInterval must be positive and no longer than SigningKeyRefreshInterval.");
        }

        if (options.SigningKeyRefreshInterval > TimeSpan.FromHours(24))
        {
            failures.Add($"{Section}:SigningKeyRefreshInterval must be at most 24:00:00; the Bot Connector asks for keys to be refreshed daily.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(List<string> failures, string key, string url)
    {
        if (!SecureUrl.TryCreate(url, out _))
        {
            failures.Add($"{Section}:{key} must be an absolute https URL (http is allowed only for loopback), but is '{url}'.");
        }
    }
}
