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
    public async Task InvokeAsync(HttpContext http, ViewerAuthenticator authenticator)
    {
        if (!http.Request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            await next(http);
            return;
        }

        var (viewer, principal, refusal) = await authenticator.AuthenticateAsync(http);
        if (refusal is not null)
        {
            await RefuseAsync(http, refusal);
            return;
        }

        http.User = principal!;
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
