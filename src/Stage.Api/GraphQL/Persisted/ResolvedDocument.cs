namespace Stage.Api.GraphQL.Persisted;

/// <summary>
/// The document a request runs, once its persisted-operation parameters are resolved; also held in
/// <c>HttpContext.Features</c> so that the HTTP endpoint knows whether the answer may be cached.
/// </summary>
/// <param name="Query">The document text.</param>
/// <param name="Persisted">Whether the client named the document by id or hash rather than sending it.</param>
/// <param name="Trusted">Whether the document is one of the operator's trusted documents.</param>
/// <param name="RegisterAs">The hash to register the query under as an automatic persisted query once it has run.</param>
public sealed record ResolvedDocument(string Query, bool Persisted, bool Trusted, string? RegisterAs = null);
