using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Identity.Authentication;

namespace Stage.Api.Identity.Development;

/// <summary>Signs development tokens (HS256) for an account subject; unavailable where the development issuer is not trusted.</summary>
public sealed class DevelopmentTokenIssuer(TrustedIssuer? issuer, TimeSpan lifetime, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>False in Production, or when no development signing key is configured.</summary>
    public bool IsEnabled => issuer is not null;

    /// <summary>The development issuer (<c>iss</c> of its tokens and issuer of its accounts).</summary>
    public string Issuer => Require().Issuer;

    public string CreateToken(string subject)
    {
        var trusted = Require();
        var now = time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = trusted.Issuer,
            Audience = trusted.Audience,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = subject },
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(trusted.SigningKeys[0], SecurityAlgorithms.HmacSha256),
        });
    }

    private TrustedIssuer Require() => issuer ?? throw new InvalidOperationException(
        $"Development tokens are disabled: they need {StageAuthOptions.Section}:Development:SigningKey and are never available in Production.");
}
