namespace Stage.Api.Identity.Authentication;

public static class StageAuthenticationSchemes
{
    /// <summary>The default scheme: forwards to the scheme of the token's issuer.</summary>
    public const string ByIssuer = "Bearer";

    /// <summary>Where tokens no issuer can check end up.</summary>
    public const string Rejected = "Bearer.Rejected";
}
