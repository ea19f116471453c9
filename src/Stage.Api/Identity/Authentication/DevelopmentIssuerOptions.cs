namespace Stage.Api.Identity.Authentication;

/// <summary>The issuer of development tokens (<c>./stage token</c>), signed with a symmetric key (HS256).</summary>
public sealed class DevelopmentIssuerOptions
{
    public const string DefaultIssuer = "https://dev.stage.invalid";

    public string Issuer { get; set; } = DefaultIssuer;

    public string Audience { get; set; } = "stage-api";

    /// <summary>Base64, at least 32 bytes. Without a key, the development issuer is not trusted at all.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);
}
