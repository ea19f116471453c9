using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// How a GraphQL request over HTTP may be answered, from its <c>Accept</c> header: a JSON result (in
/// <see cref="JsonMediaType"/>), an event stream (graphql-sse, distinct connections mode), or either. A subscription
/// takes the stream; a query or a mutation takes JSON whenever the client wants JSON at least as much as the stream,
/// so a client that lists both (urql's default) gets JSON and its HTTP caching, while <c>text/event-stream</c> alone
/// streams any operation. Without an <c>Accept</c> header: JSON only, as GraphQL over HTTP asks for legacy clients.
/// </summary>
/// <param name="JsonMediaType">The JSON media type to answer with; null when the client accepts none.</param>
/// <param name="Stream">Whether the client accepts an event stream.</param>
/// <param name="StreamPreferred">Whether it wants the event stream more than any JSON type.</param>
public sealed record AcceptedAnswers(string? JsonMediaType, bool Stream, bool StreamPreferred)
{
    public static AcceptedAnswers Of(HttpRequest request)
    {
        var accept = AcceptHeader.Of(request);
        var json = ResponseMediaType.Negotiate(accept);
        var jsonQuality = json is null ? 0 : ResponseMediaType.JsonQuality(accept);
        var streamQuality = accept.QualityOf(ResponseMediaType.EventStream);
        return new AcceptedAnswers(json, streamQuality > 0, streamQuality > jsonQuality);
    }

    /// <summary>Whether a single result (a query's or a mutation's) goes out as JSON rather than as an event stream.</summary>
    public bool SingleResultAsJson => JsonMediaType is not null && !StreamPreferred;

    /// <summary>The media type of JSON answers and refusals: the one the client accepts, else application/json.</summary>
    public string JsonOrDefault => JsonMediaType ?? ResponseMediaType.Json;

    /// <summary>406 when the client accepts nothing this endpoint answers with.</summary>
    public void EnsureAcceptable(bool streamsToo)
    {
        if (JsonMediaType is null && !(streamsToo && Stream))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable, streamsToo
                ? $"Accept must allow {ResponseMediaType.GraphQLResponseJson}, {ResponseMediaType.Json} or {ResponseMediaType.EventStream}."
                : $"A batch is answered in JSON: Accept must allow {ResponseMediaType.GraphQLResponseJson} or {ResponseMediaType.Json}.");
        }
    }
}
