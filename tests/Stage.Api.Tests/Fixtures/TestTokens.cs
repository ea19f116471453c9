using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Identity.Development;

namespace Stage.Api.Tests.Fixtures;

/// <summary>
/// Tokens for tests: development tokens made by the application's own code, and forged ones (any
/// issuer, audience, key, lifetime; unsigned) to check what the API refuses.
/// </summary>
public static class TestTokens
{
    public const string DevelopmentIssuer = "https://dev.stage.invalid";
    public const string DevelopmentAudience = "stage-api";

    /// <summary>The development signing key every <see cref="StageApiFactory"/> is configured with.</summary>
    public const string DevelopmentSigningKey = "dGVzdHMtb25seTogdGhlIHN0YWdlIGRldmVsb3BtZW50IGtleSE=";

    public static async Task<string> ForAsync(IServiceProvider services, DevelopmentLogin login)
    {
        var subject = await services.GetRequiredService<DevelopmentAccounts>().EnsureAccountAsync(login, CancellationToken.None);
        return services.GetRequiredService<DevelopmentTokenIssuer>().CreateToken(subject);
    }

    /// <summary>A token signed with <paramref name="key"/> (the development key by default), valid for an hour unless told otherwise (or without <c>exp</c>).</summary>
    public static string Forge(
        string subject,
        string issuer = DevelopmentIssuer,
        string audience = DevelopmentAudience,
        SecurityKey? key = null,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string? algorithm = null,
        bool withExpiry = true)
    {
        var now = DateTime.UtcNow;
        var signingKey = key ?? DevelopmentKey();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = withExpiry }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject)]),
            IssuedAt = notBefore ?? now,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = withExpiry ? expires ?? now.AddHours(1) : null,
            SigningCredentials = new SigningCredentials(signingKey,
                algorithm ?? (signingKey is SymmetricSecurityKey ? SecurityAlgorithms.HmacSha256 : SecurityAlgorithms.RsaSha256)),
        });
    }

    /// <summary>An unsigned token, <c>{"alg":"none"}</c> with an empty signature, built by hand since libraries refuse to.</summary>
    public static string NotSigned(string subject, string issuer = DevelopmentIssuer, string audience = DevelopmentAudience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["sub"] = subject, ["iss"] = issuer, ["aud"] = audience, ["iat"] = now, ["nbf"] = now - 60, ["exp"] = now + 3600,
        }));
        return $"{header}.{payload}.";
    }

    public static SymmetricSecurityKey DevelopmentKey() => new(Convert.FromBase64String(DevelopmentSigningKey));
}
