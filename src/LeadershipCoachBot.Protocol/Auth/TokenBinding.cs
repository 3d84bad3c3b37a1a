using LeadershipCoachBot.Protocol.Diagnostics;
using LeadershipCoachBot.Protocol.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// The checks that bind a validated token to the activity it came with:
/// <list type="bullet">
/// <item>Bot Framework tokens: the signing key must carry endorsements, one of them the activity's
/// <c>channelId</c>; the <c>serviceurl</c> claim must be present and equal the activity's <c>serviceUrl</c>.</item>
/// <item>Entra tokens: their keys carry no endorsements, but any that do must include the channel; a
/// <c>serviceurl</c> claim, when present, must match; a <c>tid</c> claim must be the issuer's tenant; the
/// calling application (<c>appid</c> in v1 tokens, <c>azp</c> in v2) must be this bot or an allowed caller.</item>
/// </list>
/// Service URLs compare as the Bot Framework SDKs compare them: the whole string, ignoring case only.
/// </summary>
internal static class TokenBinding
{
    /// <summary>Returns why the token does not fit the activity, or null when it does.</summary>
    public static string? FindMismatch(
        TokenFamily family, string? issuerTenantId, EndorsedSigningKey key, Activity activity, JsonWebToken token, IReadOnlySet<string> allowedCallers) =>
        EndorsementMismatch(family, key, activity.ChannelId)
        ?? ServiceUrlMismatch(family, token, activity.ServiceUrl)
        ?? TenantMismatch(family, token, issuerTenantId)
        ?? CallerMismatch(family, token, allowedCallers);

    private static string? EndorsementMismatch(TokenFamily family, EndorsedSigningKey key, string? channelId)
    {
        if (key.Endorsements is null)
        {
            return family == TokenFamily.BotFramework ? "the token's signing key carries no endorsements" : null;
        }

        if (string.IsNullOrEmpty(channelId))
        {
            return "the activity has no channelId to match against the signing key's endorsements";
        }

        return key.Endorsements.Contains(channelId)
            ? null
            : $"the signing key is not endorsed for channel '{LogValue.Clean(channelId)}'";
    }

    private static string? ServiceUrlMismatch(TokenFamily family, JsonWebToken token, string? activityServiceUrl)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var claimed) && family == TokenFamily.Entra)
        {
            return null;
        }

        return !string.IsNullOrEmpty(claimed)
            && activityServiceUrl is not null
            && string.Equals(claimed, activityServiceUrl, StringComparison.OrdinalIgnoreCase)
                ? null
                : "the token's serviceurl claim does not match the activity's serviceUrl";
    }

    private static string? TenantMismatch(TokenFamily family, JsonWebToken token, string? issuerTenantId) =>
        family == TokenFamily.Entra
        && token.TryGetPayloadValue<string>("tid", out var tid)
        && !string.Equals(tid, issuerTenantId, StringComparison.OrdinalIgnoreCase)
            ? "the token's tid claim does not match its issuer's tenant"
            : null;

    private static string? CallerMismatch(TokenFamily family, JsonWebToken token, IReadOnlySet<string> allowedCallers)
    {
        if (family != TokenFamily.Entra)
        {
            return null;
        }

        var version = token.TryGetPayloadValue<string>("ver", out var ver) ? ver : null;
        var claim = version == "2.0" ? "azp" : "appid";
        if (!token.TryGetPayloadValue<string>(claim, out var caller) || string.IsNullOrWhiteSpace(caller))
        {
            return $"the Entra token names no calling application ({claim})";
        }

        return allowedCallers.Contains(caller)
            ? null
            : $"the Entra token's calling application ({claim}) is neither this bot nor in {BotAuthenticationOptions.SectionName}:AllowedCallers";
    }
}
