using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// Checks a request's bearer token with its issuer's scheme and loads the account behind it: the
/// same rules for an HTTP request's Authorization header and a WebSocket's <c>connection_init</c> token.
/// </summary>
public sealed class ViewerAuthenticator(ViewerLoader viewers, IServiceScopeFactory scopes)
{
    /// <summary>The viewer and principal of <paramref name="http"/>'s Authorization header, or why it is refused.</summary>
    public async Task<(Viewer? Viewer, ClaimsPrincipal? Principal, TokenRefusal? Refusal)> AuthenticateAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync();
        if (!result.Succeeded)
        {
            return (null, null, result.None ? TokenRefusal.MalformedHeader : TokenRefusal.For(result.Failure));
        }

        var issuer = result.Principal.FindFirst("iss")?.Value;
        var subject = result.Principal.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(subject))
        {
            return (null, null, TokenRefusal.NoSubject);
        }

        var viewer = await viewers.LoadAsync(issuer, subject, http.RequestAborted);
        return viewer is null ? (null, null, TokenRefusal.NoAccount) : (viewer, result.Principal, null);
    }

    /// <summary>Authenticates a token that came outside any header (a WebSocket's <c>connection_init</c> payload).</summary>
    /// <remarks>A scope of its own: authentication handlers are cached per scope with the context they first served.</remarks>
    public async Task<(Viewer? Viewer, ClaimsPrincipal? Principal, TokenRefusal? Refusal)> AuthenticateTokenAsync(
        string token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        http.Request.Headers[HeaderNames.Authorization] = token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token : "Bearer " + token;
        return await AuthenticateAsync(http);
    }
}
