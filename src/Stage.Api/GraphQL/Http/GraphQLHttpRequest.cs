using System.Text.Json;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, before the document is parsed. <see cref="Query"/> is empty
/// when the client names a persisted document instead (<see cref="DocumentId"/> or Apollo's
/// <c>extensions.persistedQuery</c>).
/// </summary>
public sealed record GraphQLHttpRequest(
    string Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions,
    string? DocumentId = null);
