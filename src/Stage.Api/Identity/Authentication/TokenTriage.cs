using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Net.Http.Headers;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// Reads the bearer token without trusting it, to pick the scheme of its issuer (<c>iss</c>), or to
/// refuse it at once: no bearer token, not a signed JWT (<c>alg: none</c>), or an unknown issuer.
/// </summary>
public static class TokenTriage
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The scheme to check the token with, or why it is refused; both null when there is no Authorization header.</summary>
    public static (string? Scheme, TokenRejection? Rejection) Triage(HttpRequest request, TrustedIssuers issuers)
    {
        var header = request.Headers[HeaderNames.Authorization];
        if (header.Count == 0)
        {
            return (null, null);
        }

        if (header.Count > 1 || header[0] is not { } value || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || value[BearerPrefix.Length..].Trim() is not { Length: > 0 } token)
        {
            return (null, TokenRejection.MalformedHeader);
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenException)
        {
            return (null, TokenRejection.MalformedToken);
        }

        if (jwt.IsEncrypted)
        {
            return (null, TokenRejection.MalformedToken);
        }

        if (string.IsNullOrEmpty(jwt.EncodedSignature) || string.IsNullOrEmpty(jwt.Alg)
            || string.Equals(jwt.Alg, SecurityAlgorithms.None, StringComparison.OrdinalIgnoreCase))
        {
            return (null, TokenRejection.NotSigned);
        }

        return issuers.SchemeFor(jwt.Issuer) is { } scheme ? (scheme, null) : (null, TokenRejection.UntrustedIssuer);
    }
}

/// <summary>Why a token was refused before any issuer's scheme could look at it.</summary>
public enum TokenRejection
{
    MalformedHeader,
    MalformedToken,
    NotSigned,
    UntrustedIssuer,
}

/// <summary>The failure of a token refused by <see cref="TokenTriage"/>.</summary>
public sealed class TokenRejectedException(TokenRejection rejection) : Exception($"Token rejected: {rejection}.")
{
    public TokenRejection Rejection { get; } = rejection;
}

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
