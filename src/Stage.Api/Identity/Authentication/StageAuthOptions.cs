namespace Stage.Api.Identity.Authentication;

/// <summary>Who may sign the tokens this API accepts (configuration section "Stage:Auth").</summary>
public sealed class StageAuthOptions
{
    public const string Section = "Stage:Auth";

    /// <summary>The identity providers whose tokens are accepted: ÉduConnect, the academic SSO, the employers' login...</summary>
    public IList<TrustedIssuerOptions> Issuers { get; } = [];

    /// <summary>The issuer of <c>./stage token</c>; never trusted in the Production environment.</summary>
    public DevelopmentIssuerOptions Development { get; set; } = new();

    /// <summary>How far the clocks of the issuers and of this server may disagree on <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest a token may live, from <c>iat</c> (or <c>nbf</c>) to <c>exp</c>; longer ones are refused.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>
/// One identity provider: its <c>iss</c>, the audience its tokens must name, and where its keys come
/// from: either <see cref="SigningKeys"/> or an OpenID Connect <see cref="Authority"/>.
/// </summary>
public sealed class TrustedIssuerOptions
{
    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>Base64 symmetric keys and/or public keys in PEM (RSA or EC).</summary>
    public IList<string> SigningKeys { get; } = [];

    /// <summary>An OpenID Connect authority whose discovery document gives the signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>False only for a local authority served over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

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
