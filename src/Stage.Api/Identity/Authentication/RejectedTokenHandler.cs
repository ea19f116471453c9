using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// The scheme the issuer selector falls back to: no result without an Authorization header, a
/// failure saying why otherwise (no issuer's scheme can check the token).
/// </summary>
public sealed class RejectedTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, TrustedIssuers issuers)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(TokenTriage.Triage(Request, issuers).Rejection is { } rejection
            ? AuthenticateResult.Fail(new TokenRejectedException(rejection))
            : AuthenticateResult.NoResult());
}
