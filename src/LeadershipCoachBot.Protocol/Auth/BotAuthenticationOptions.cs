namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// Where inbound Bot Connector tokens come from, bound from the <c>BotAuthentication</c> configuration
/// section. The defaults are the public Azure cloud; sovereign clouds (and tests) override the URLs,
/// issuers and tenants.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotAuthentication";

    /// <summary>The placeholder in <see cref="EntraIssuerFormats"/> replaced by each tenant id.</summary>
    public const string TenantIdPlaceholder = "{tenantId}";

    /// <summary>The Bot Framework tenants whose Entra-issued tokens the Bot Connector sends in the public cloud.</summary>
    public static IReadOnlyList<string> PublicCloudEntraTenantIds { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The Entra v1 and v2 issuer forms in the public cloud.</summary>
    public static IReadOnlyList<string> PublicCloudEntraIssuerFormats { get; } =
    [
        "https://sts.windows.net/" + TenantIdPlaceholder + "/",
        "https://login.microsoftonline.com/" + TenantIdPlaceholder + "/v2.0",
    ];

    /// <summary>OpenID metadata of the Bot Framework token service (its <c>jwks_uri</c> keys carry endorsements).</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of Bot Framework channel tokens.</summary>
    public string BotFrameworkIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Accept tokens issued by Entra ID to the Bot Service tenants (the Bot Service is moving channels to them).</summary>
    public bool AcceptEntraIssuedTokens { get; set; } = true;

    /// <summary>OpenID metadata whose keys sign Entra-issued tokens.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Tenants allowed to issue Entra tokens to the bot; empty means <see cref="PublicCloudEntraTenantIds"/>.</summary>
    public List<string> EntraTenantIds { get; set; } = [];

    /// <summary>Entra issuer forms containing <see cref="TenantIdPlaceholder"/>; empty means <see cref="PublicCloudEntraIssuerFormats"/>.</summary>
    public List<string> EntraIssuerFormats { get; set; } = [];

    /// <summary>The <c>callerId</c> set on authenticated activities (<c>urn:botframework:azureusgov</c> in US Government).</summary>
    public string CallerId { get; set; } = "urn:botframework:azure";

    /// <summary>
    /// Applications other than this bot whose Entra-issued tokens are accepted (the token's <c>appid</c>
    /// or <c>azp</c>). Empty: only tokens whose caller is this bot's own MicrosoftAppId.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one fetch of OpenID metadata or keys may take before it counts as failed.</summary>
    public TimeSpan KeyFetchTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long fetched signing keys are used before they are fetched again.</summary>
    public TimeSpan SigningKeyRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The least time between two fetches caused by an unknown <c>kid</c> or a failed fetch.</summary>
    public TimeSpan MinimumSigningKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    internal IReadOnlyList<string> EffectiveEntraTenantIds =>
        EntraTenantIds.Count > 0 ? EntraTenantIds : PublicCloudEntraTenantIds;

    internal IReadOnlyList<string> EffectiveEntraIssuerFormats =>
        EntraIssuerFormats.Count > 0 ? EntraIssuerFormats : PublicCloudEntraIssuerFormats;
}
