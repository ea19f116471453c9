using System.Text.Json;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>A message a client sent, already checked against the protocol.</summary>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload);
