using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Requests;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// Refuses a subscription over a request that cannot carry its events (a POST or GET that accepts no event stream, as
/// GraphiQL's fetcher sends; an operation of a batch) with <c>SUBSCRIPTION_REQUIRES_STREAM</c>, where executing it would
/// answer <c>{"data": null}</c>. A transport gives its operations a delivery channel (<see cref="StageUserContext.Delivery"/>)
/// exactly when it can stream their events.
/// </summary>
public sealed class StreamlessSubscriptionRefusal : IConfigureExecution
{
    public const string Message =
        "A subscription needs a stream: send it with Accept: text/event-stream (graphql-sse), or over a WebSocket at the same URL (graphql-transport-ws).";

    /// <summary>After the document limits, which leave the parsed document in the options.</summary>
    public float SortOrder => 305;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next) =>
        options.UserContext is StageUserContext { Delivery: null } && IsSubscription(options.Document, options.OperationName)
            ? Task.FromResult(ExecutionResults.Refused(ErrorCodes.SubscriptionRequiresStream, Message))
            : next(options);

    /// <summary>Whether the operation a request runs (the named one, or the first) is a subscription.</summary>
    public static bool IsSubscription(GraphQLDocument? document, string? operationName) =>
        document?.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => operationName is null || o.Name?.StringValue == operationName)
            is { Operation: OperationType.Subscription };
}
