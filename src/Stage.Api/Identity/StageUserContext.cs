namespace Stage.Api.Identity;

/// <summary>
/// The GraphQL user context of a request (GraphQL.NET expects a dictionary): the viewer, null when
/// the request is anonymous. Resolvers read it with <see cref="ViewerAccess"/>.
/// </summary>
public sealed class StageUserContext : Dictionary<string, object?>
{
    public Viewer? Viewer { get; init; }

    /// <summary>The back-pressure of the transport that carries a subscription's events, if it has one.</summary>
    public Events.DeliveryCredits? Delivery { get; init; }

    /// <summary>The context of an HTTP request whose viewer (if any) the authentication middleware loaded.</summary>
    public static StageUserContext For(HttpContext http) => new() { Viewer = http.Features.Get<Viewer>() };
}
