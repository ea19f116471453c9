namespace Stage.Api.GraphQL.WebSockets;

/// <summary>A client's message breaks the protocol; the message becomes the close reason.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);
