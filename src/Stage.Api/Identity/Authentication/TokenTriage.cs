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
