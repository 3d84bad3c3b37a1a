namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>The issuer allow-list: the Bot Framework issuer and the Entra v1/v2 issuers of the allowed tenants.</summary>
internal sealed class TokenIssuers
{
    private readonly string _botFrameworkIssuer;
    private readonly Dictionary<string, string> _entraIssuerTenants = new(StringComparer.Ordinal);

    public TokenIssuers(BotAppOptions app, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        _botFrameworkIssuer = options.BotFrameworkIssuer;
        if (!options.AcceptEntraIssuedTokens)
        {
            return;
        }

        var tenants = new List<string>(options.EffectiveEntraTenantIds);
        if (app.MicrosoftAppType is MicrosoftAppType.SingleTenant or MicrosoftAppType.UserAssignedMSI
            && !string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId))
        {
            tenants.Add(app.MicrosoftAppTenantId.Trim());
        }

        foreach (var tenant in tenants)
        {
            foreach (var format in options.EffectiveEntraIssuerFormats)
            {
                _entraIssuerTenants.TryAdd(format.Replace(BotAuthenticationOptions.TenantIdPlaceholder, tenant, StringComparison.Ordinal), tenant);
            }
        }
    }

    /// <summary>Classifies an issuer; false when it is not on the allow-list.</summary>
    public bool TryClassify(string? issuer, out TokenFamily family, out string? tenantId)
    {
        family = TokenFamily.BotFramework;
        tenantId = null;
        if (string.IsNullOrEmpty(issuer))
        {
            return false;
        }

        if (string.Equals(issuer, _botFrameworkIssuer, StringComparison.Ordinal))
        {
            return true;
        }

        family = TokenFamily.Entra;
        return _entraIssuerTenants.TryGetValue(issuer, out tenantId);
    }
}
