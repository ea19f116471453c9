
namespace Stage.Api.Kit.Requests;

/// <summary>
/// The GraphQL user context of a request (GraphQL.NET expects a dictionary): the viewer, null when
/// the request is anonymous. Resolvers read it with <see cref="ViewerAccess"/>.
/// </summary>
public sealed class StageUserContext : Dictionary<string, object?>
{
    public Viewer? Viewer { get; init; }

    /// <summary>
    /// The back-pressure of the transport that carries a subscription's events; null when the request cannot carry a
    /// stream (a plain JSON answer, an operation of a batch), where a subscription is refused.
    /// </summary>
    public DeliveryCredits? Delivery { get; init; }

    /// <summary>The third party behind the request's API key, null without a key.</summary>
    public ApiClient? ApiClient { get; init; }

    /// <summary>The context of an HTTP request whose viewer (if any) the authentication middleware loaded; <paramref name="delivery"/> when it may stream.</summary>
    public static StageUserContext For(HttpContext http, DeliveryCredits? delivery = null) =>
        new() { Viewer = http.Features.Get<Viewer>(), ApiClient = http.Features.Get<ApiClient>(), Delivery = delivery };

    /// <summary>
    /// The context of one operation of a long-lived connection: its viewer (a WebSocket's comes from
    /// <c>connection_init</c>), the connection's API key, and the transport's back-pressure.
    /// </summary>
    public static StageUserContext ForOperation(HttpContext http, Viewer? viewer, DeliveryCredits delivery) =>
        new() { Viewer = viewer, ApiClient = http.Features.Get<ApiClient>(), Delivery = delivery };
}
