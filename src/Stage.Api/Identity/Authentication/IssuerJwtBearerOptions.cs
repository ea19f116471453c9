using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
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

    public static void Configure(JwtBearerOptions options, TrustedIssuer issuer, TimeSpan clockSkew, TimeSpan maxLifetime)
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
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (LifetimeRefusal(context.SecurityToken, clockSkew, maxLifetime) is { } refusal)
                {
                    context.Fail(refusal);
                }

                return Task.CompletedTask;
            },
        };
    }

    /// <summary>
    /// A token must say when it ends (<c>exp</c>), and live at most <paramref name="maxLifetime"/> from when it was
    /// issued (<c>iat</c>, else <c>nbf</c>, else now): a stolen token must not open an account for weeks.
    /// </summary>
    private static SecurityTokenValidationException? LifetimeRefusal(SecurityToken token, TimeSpan clockSkew, TimeSpan maxLifetime)
    {
        if (token is not JsonWebToken jwt || !jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return new SecurityTokenNoExpirationException("The token has no exp claim.");
        }

        var start = jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out var iat) ? iat
            : jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf) ? nbf
            : DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        start = Math.Min(start, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return TimeSpan.FromSeconds(exp - start) > maxLifetime + clockSkew ? new TokenLifetimeTooLongException(maxLifetime) : null;
    }
}

/// <summary>A token valid for longer than <see cref="StageAuthOptions.MaxTokenLifetime"/>.</summary>
public sealed class TokenLifetimeTooLongException(TimeSpan maxLifetime)
    : SecurityTokenInvalidLifetimeException($"The token lives longer than {maxLifetime.TotalHours:0.#} hours.")
{
    public TimeSpan MaxLifetime { get; } = maxLifetime;
}
