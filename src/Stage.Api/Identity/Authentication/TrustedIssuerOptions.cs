namespace Stage.Api.Identity.Authentication;

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
