using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Stage.Api.ApiKeys;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Limits;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.Identity;

namespace Stage.Api.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request for any transport (HTTP, WebSocket, SSE), so that every transport gets
/// the same persisted documents, limits, cost accounting, caller identity and user context.
/// </summary>
public sealed class GraphQLRequestExecutor(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ISchema schema,
    PersistedDocumentResolver persisted,
    IOptionsMonitor<QueryLimitsOptions> limits)
{
    /// <summary>
    /// Executes <paramref name="request"/> on behalf of the caller of <paramref name="http"/>;
    /// <paramref name="document"/> is the document when the transport already parsed it, else null. The
    /// request's <see cref="RequestCost"/> is in <c>http.Features</c> afterwards and in the result's
    /// <c>extensions.cost</c>. With <paramref name="queriesOnly"/> (GET), anything but a query is refused with a
    /// 405 <see cref="GraphQLHttpRequestException"/>. <paramref name="userContext"/> replaces the HTTP
    /// request's (a WebSocket's viewer comes from its <c>connection_init</c>).
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(
        HttpContext http, GraphQLHttpRequest request, GraphQLDocument? document, CancellationToken cancellationToken,
        bool queriesOnly = false, StageUserContext? userContext = null)
    {
        var cost = new RequestCost();
        http.Features.Set(cost);
        ResolvedDocument resolved;
        try
        {
            resolved = persisted.Resolve(request, http.Features.Get<ApiClient>());
        }
        catch (GraphQLHttpRequestException refused)
        {
            return ExecutionResults.Refused(refused.Code, refused.Message);
        }

        http.Features.Set(resolved);
        if (queriesOnly)
        {
            document ??= GetRequestDocument.ParseQueryOnly(resolved.Query, request.OperationName);
        }

        userContext ??= StageUserContext.For(http);
        CostAccounting.Attach(userContext, cost);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = resolved.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = ToInputs(request.Variables),
            Extensions = ToInputs(request.Extensions),
            RequestServices = http.RequestServices,
            User = http.User,
            UserContext = userContext,
            CancellationToken = cancellationToken,
        });

        if (result.Executed)
        {
            persisted.RegisterIfAsked(resolved);
        }

        var options = limits.CurrentValue;
        cost.Actual = (int)Math.Min(ActualCost.Of(result.Data, schema, options), int.MaxValue);
        (result.Extensions ??= new Dictionary<string, object?>())["cost"] = new Dictionary<string, object?>
        {
            ["requestedQueryCost"] = cost.Requested,
            ["actualQueryCost"] = cost.Actual,
            ["maximumQueryCost"] = options.MaxCost,
        };
        return result;
    }

    private Inputs? ToInputs(JsonElement? json) =>
        json is { } element ? serializer.ReadNode<Inputs>(element) : null;
}
