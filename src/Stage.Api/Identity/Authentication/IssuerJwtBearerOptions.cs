using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>How one issuer's JwtBearer scheme checks its tokens.</summary>
public static class IssuerJwtBearerOptions
{
    /// <summary>Signed algorithms only: <c>none</c> is absent, so unsigned tokens fail even if they got this far.</summary>
    public static readonly IReadOnlyList<string> AcceptedAlgorithms =
    [
        SecurityAlgorithms.HmacSha256, SecurityAlgorithms.HmacSha384, SecurityAlgorithms.HmacSha512,
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    public static void Configure(JwtBearerOptions options, TrustedIssuer issuer, TimeSpan clockSkew)
    {
        // Keep "sub" and "iss" as the token has them instead of mapping them to WS-* claim URIs.
        options.MapInboundClaims = false;
        options.Audience = issuer.Audience;
        options.Authority = issuer.Authority;
        options.RequireHttpsMetadata = issuer.RequireHttpsMetadata;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = issuer.Audience,
            IssuerSigningKeys = issuer.SigningKeys,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = AcceptedAlgorithms,
            ClockSkew = clockSkew,
            NameClaimType = "sub",
        };
    }
}
