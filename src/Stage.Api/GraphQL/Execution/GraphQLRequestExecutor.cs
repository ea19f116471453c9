using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Stage.Api.GraphQL.Http;
using Stage.Api.Identity;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request for any transport (HTTP, WebSocket, SSE), so that every transport gets
/// the same limits, the same caller identity and the same user context.
/// </summary>
public sealed class GraphQLRequestExecutor(IDocumentExecuter<ISchema> executer, IGraphQLTextSerializer serializer)
{
    /// <summary>
    /// Executes <paramref name="request"/> on behalf of the caller of <paramref name="http"/>;
    /// <paramref name="document"/> is the document when the transport already parsed it, else null;
    /// <paramref name="userContext"/> replaces the one of the HTTP request (a WebSocket's viewer comes
    /// from its <c>connection_init</c>).
    /// </summary>
    public Task<ExecutionResult> ExecuteAsync(
        HttpContext http, GraphQLHttpRequest request, GraphQLDocument? document, CancellationToken cancellationToken,
        StageUserContext? userContext = null) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = ToInputs(request.Variables),
            Extensions = ToInputs(request.Extensions),
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext ?? StageUserContext.For(http),
            CancellationToken = cancellationToken,
        });

    private Inputs? ToInputs(JsonElement? json) =>
        json is { } element ? serializer.ReadNode<Inputs>(element) : null;
}
