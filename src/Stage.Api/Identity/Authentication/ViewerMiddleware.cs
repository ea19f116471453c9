using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;
using Stage.Api.GraphQL.Errors;
using Stage.Api.GraphQL.Http;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// A request without an Authorization header is anonymous. One with it must carry a valid token of a
/// trusted issuer whose subject has an account: the viewer is then loaded for the request; anything
/// else is answered 401 with a GraphQL error (<c>UNAUTHENTICATED</c>), never treated as anonymous.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ViewerLoader viewers)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await next(http);
            return;
        }

        var result = await http.AuthenticateAsync();
        if (!result.Succeeded)
        {
            await RefuseAsync(http, result.None ? TokenRefusal.MalformedHeader : TokenRefusal.For(result.Failure));
            return;
        }

        var issuer = result.Principal.FindFirst("iss")?.Value;
        var subject = result.Principal.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(subject))
        {
            await RefuseAsync(http, TokenRefusal.NoSubject);
            return;
        }

        var viewer = await viewers.LoadAsync(issuer, subject, http.RequestAborted);
        if (viewer is null)
        {
            await RefuseAsync(http, TokenRefusal.NoAccount);
            return;
        }

        http.User = result.Principal;
        http.Features.Set(viewer);
        await next(http);
    }

    private static Task RefuseAsync(HttpContext http, TokenRefusal refusal)
    {
        http.Response.Headers.WWWAuthenticate = refusal.Challenge;
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.OfType<string>().ToList()) ?? ResponseMediaType.Json;
        return GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, mediaType,
            new GraphQLHttpRequestException(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refusal.Message));
    }
}
