using Stage.Api.ApiKeys;

namespace Stage.Api.Identity;

/// <summary>
/// The GraphQL user context of a request (GraphQL.NET expects a dictionary): the viewer, null when
/// the request is anonymous. Resolvers read it with <see cref="ViewerAccess"/>.
/// </summary>
public sealed class StageUserContext : Dictionary<string, object?>
{
    public Viewer? Viewer { get; init; }

    /// <summary>The third party behind the request's API key, null without a key.</summary>
    public ApiClient? ApiClient { get; init; }

    /// <summary>The context of an HTTP request whose viewer (if any) the authentication middleware loaded.</summary>
    public static StageUserContext For(HttpContext http) => new() { Viewer = http.Features.Get<Viewer>(), ApiClient = http.Features.Get<ApiClient>() };
}
