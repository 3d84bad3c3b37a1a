using Microsoft.IdentityModel.Tokens;

namespace LeadershipCoachBot.Protocol.Auth;

/// <summary>
/// A signing key with the channels it is endorsed for. <see cref="Endorsements"/> is null when the JWKS
/// entry has no <c>endorsements</c> member (Entra keys have none).
/// </summary>
internal sealed record EndorsedSigningKey(JsonWebKey Key, IReadOnlySet<string>? Endorsements);
