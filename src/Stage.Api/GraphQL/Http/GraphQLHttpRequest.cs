using System.Text.Json;

namespace Stage.Api.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, before the document is parsed.</summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions);
