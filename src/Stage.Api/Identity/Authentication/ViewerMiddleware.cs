using Microsoft.Net.Http.Headers;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// A request without an Authorization header is anonymous. One with it must carry a valid token of a
/// trusted issuer whose subject has an account: the viewer is then loaded for the request; anything
/// else is answered 401 with a GraphQL error (<c>UNAUTHENTICATED</c>), never treated as anonymous; when the
/// issuer's identity provider cannot be reached to check the token, 503 <c>IDENTITY_PROVIDER_UNAVAILABLE</c>.
/// </summary>
public sealed class ViewerMiddleware(RequestDelegate next)
{
    private const int IdentityProviderRetrySeconds = 5;

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
        if (refusal.IsOutage)
        {
            return GraphQLHttpResponseWriter.WriteRefusalAsync(http, new GraphQLHttpRequestException(
                StatusCodes.Status503ServiceUnavailable, ErrorCodes.IdentityProviderUnavailable, refusal.Message)
            { RetryAfterSeconds = IdentityProviderRetrySeconds });
        }

        http.Response.Headers.WWWAuthenticate = refusal.Challenge;
        return GraphQLHttpResponseWriter.WriteRefusalAsync(http,
            new GraphQLHttpRequestException(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refusal.Message));
    }
}
