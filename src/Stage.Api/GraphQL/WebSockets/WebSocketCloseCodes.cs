namespace Stage.Api.GraphQL.WebSockets;

/// <summary>
/// The close codes of both subprotocols: graphql-transport-ws's (as npm graphql-ws 6 uses them), which the legacy
/// protocol, having none of its own, shares; and the WebSocket codes for the rest.
/// </summary>
public static class WebSocketCloseCodes
{
    public const int NormalClosure = 1000;
    public const int GoingAway = 1001;
    public const int MessageTooBig = 1009;
    public const int TryAgainLater = 1013;
    public const int BadRequest = 4400;
    public const int Unauthorized = 4401;
    public const int Forbidden = 4403;
    public const int SubprotocolNotAcceptable = 4406;
    public const int ConnectionInitialisationTimeout = 4408;
    public const int SubscriberAlreadyExists = 4409;
    public const int TooManyInitialisationRequests = 4429;
    public const int InternalServerError = 4500;
}
