using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>An issuer whose tokens are accepted, checked by its own JwtBearer scheme.</summary>
public sealed record TrustedIssuer(
    string Scheme,
    string Issuer,
    string Audience,
    IReadOnlyList<SecurityKey> SigningKeys,
    string? Authority,
    bool RequireHttpsMetadata);
