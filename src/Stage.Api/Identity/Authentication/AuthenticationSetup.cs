using Microsoft.AspNetCore.Authentication;
using Stage.Api.Identity.Development;

namespace Stage.Api.Identity.Authentication;

public static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens of the configured issuers (section "Stage:Auth"): a policy scheme reads the token's
    /// <c>iss</c> and forwards to that issuer's JwtBearer scheme; the viewer loader; development tokens.
    /// </summary>
    public static IServiceCollection AddStageAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(StageAuthOptions.Section);
        var options = section.Get<StageAuthOptions>() ?? new StageAuthOptions();
        var issuers = TrustedIssuers.From(options, environment);
        services.AddSingleton(issuers);

        var authentication = services.AddAuthentication(StageAuthenticationSchemes.ByIssuer)
            .AddPolicyScheme(StageAuthenticationSchemes.ByIssuer, "Bearer token, checked by its issuer's scheme", policy =>
                policy.ForwardDefaultSelector = http => TokenTriage.Triage(http.Request, issuers).Scheme ?? StageAuthenticationSchemes.Rejected)
            .AddScheme<AuthenticationSchemeOptions, RejectedTokenHandler>(StageAuthenticationSchemes.Rejected, configureOptions: null);
        foreach (var issuer in issuers.All)
        {
            authentication.AddJwtBearer(issuer.Scheme, jwt => IssuerJwtBearerOptions.Configure(jwt, issuer, options.ClockSkew, options.MaxTokenLifetime));
        }

        services.AddSingleton<ViewerLoader>();
        services.AddSingleton<ViewerAuthenticator>();
        services.AddSingleton(new DevelopmentTokenIssuer(issuers.Development, options.Development.TokenLifetime, TimeProvider.System));
        services.AddSingleton<DevelopmentAccounts>();
        return services;
    }

    /// <summary>Authenticates the request, refuses bad credentials with 401 and loads the viewer.</summary>
    public static IApplicationBuilder UseStageAuthentication(this IApplicationBuilder app) =>
        app.UseAuthentication().UseMiddleware<ViewerMiddleware>();
}

public static class StageAuthenticationSchemes
{
    /// <summary>The default scheme: forwards to the scheme of the token's issuer.</summary>
    public const string ByIssuer = "Bearer";

    /// <summary>Where tokens no issuer can check end up.</summary>
    public const string Rejected = "Bearer.Rejected";
}
