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
}
