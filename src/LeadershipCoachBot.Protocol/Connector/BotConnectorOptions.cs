namespace LeadershipCoachBot.Protocol.Connector;

/// <summary>
/// Where the bot gets its token and how hard it retries the Bot Connector, bound from the
/// <c>BotConnector</c> configuration section. The defaults are the public cloud; for US Government
/// set <c>LoginEndpoint</c> to <c>https://login.microsoftonline.us</c>, <c>ChannelAuthTenant</c> to
/// <c>MicrosoftServices.onmicrosoft.us</c> and <c>OAuthScope</c> to <c>https://api.botframework.us/.default</c>.
/// </summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>The Entra ID login host; the tenant is appended to form the token authority.</summary>
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The tenant a <c>MultiTenant</c> bot gets its token from.</summary>
    public string ChannelAuthTenant { get; set; } = "botframework.com";

    /// <summary>The scope of the bot's token for the connector.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>The Bot Framework and Teams service hosts, the default of <see cref="AllowedServiceUrlHosts"/>.</summary>
    public static IReadOnlyList<string> DefaultServiceUrlHosts { get; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.us",
        "*.botframework.azure.us",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
    ];

    /// <summary>How many times a throttled or unavailable request is sent again (0 turns retries off).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff step; each retry doubles it, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest wait before one retry. A <c>Retry-After</c> longer than this is not waited for:
    /// the throttled response is surfaced at once.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most one connector call may take, retries and waits included, and the most a token request may
    /// take: with the storage deadline it keeps a turn inside the channel's 15-second wait.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The https hosts replies may go to; <c>*.domain</c> allows its subdomains. Empty means
    /// <see cref="DefaultServiceUrlHosts"/>.
    /// </summary>
    public List<string> AllowedServiceUrlHosts { get; set; } = [];

    /// <summary>Whether loopback service URLs (the local Agents Playground) are allowed; the host sets it in Development only.</summary>
    public bool AllowLoopbackServiceUrls { get; set; }

    internal IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts.Count > 0 ? AllowedServiceUrlHosts : DefaultServiceUrlHosts;

    /// <summary>The token authority for a tenant, e.g. <c>https://login.microsoftonline.com/botframework.com</c>.</summary>
    public string AuthorityFor(string tenant) => $"{LoginEndpoint.TrimEnd('/')}/{tenant}";
}
