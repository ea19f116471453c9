using System.Globalization;
using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Limits;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.RateLimits;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Http;

namespace Stage.Api.GraphQL.Execution;

/// <summary>Which operations a request may run: what comes by GET may not change anything.</summary>
public enum AllowedOperations
{
    /// <summary>POST and WebSocket operations.</summary>
    Any,

    /// <summary>
    /// GET: queries, and subscriptions sent as text (how an EventSource asks; refused without an event stream); a persisted
    /// document only as a query. A mutation is refused with 405.
    /// </summary>
    QueriesAndSentSubscriptions,
}

/// <summary>One request or operation as a transport hands it to <see cref="GraphQLRequestExecutor"/>.</summary>
/// <param name="Http">The HTTP request that carries it (a WebSocket's upgrade request): services, the caller's address and API key.</param>
/// <param name="UserContext">The viewer, API key and back-pressure the resolvers see; its viewer and key name the allowances charged.</param>
/// <param name="ReadRequest">Reads the request's parameters once it is admitted; throws <see cref="GraphQLHttpRequestException"/> when malformed.</param>
/// <param name="Cancellation">Ends the execution (the client went away, the operation was completed).</param>
public sealed record GraphQLCall(
    HttpContext Http, StageUserContext UserContext, Func<Task<GraphQLHttpRequest>> ReadRequest, CancellationToken Cancellation)
{
    public AllowedOperations Allowed { get; init; } = AllowedOperations.Any;

    /// <summary>What the caller's allowance counts, as a refusal names it: "Requests", or a connection's "Operations".</summary>
    public string Counted { get; init; } = "Requests";
}

/// <summary>
/// The one request pipeline of every transport (HTTP GET and POST, SSE, WebSocket operations): admission against the
/// caller's rate limits, persisted documents, limits, execution with the caller's user context, cost accounting, and
/// the charge of the actual cost once it ran. Transports only read requests and write outcomes.
/// </summary>
public sealed class GraphQLRequestExecutor(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    ISchema schema,
    PersistedDocumentResolver persisted,
    IOptionsMonitor<QueryLimitsOptions> limits,
    CostRateLimiter rateLimits)
{
    /// <summary>
    /// Runs <paramref name="call"/> if every allowance it draws on has a point left, then charges what it cost
    /// (<see cref="RequestCost.Charge"/>), also when it was malformed or failed.
    /// </summary>
    public async Task<GraphQLOutcome> ExecuteAsync(GraphQLCall call)
    {
        var cost = new RequestCost { Maximum = limits.CurrentValue.MaxCost };
        var allowance = rateLimits.AllowanceOf(call.UserContext.ApiClient, call.UserContext.Viewer, call.Http.Connection.RemoteIpAddress);
        if (RateLimited(allowance, call.Counted) is { } refusal)
        {
            return Refused(refusal, cost);
        }

        ExecutionResult? result = null;
        try
        {
            var request = await call.ReadRequest();
            (result, var document) = await RunAsync(call, request, cost);
            return new GraphQLOutcome(result, cost, Document: document);
        }
        catch (GraphQLHttpRequestException malformed)
        {
            return Refused(malformed, cost);
        }
        finally
        {
            allowance.Charge(cost.Charge(result));
        }
    }

    /// <summary>
    /// Admits a long-lived connection (a WebSocket upgrade) like a request of one point; its operations are then each
    /// admitted and charged by <see cref="ExecuteAsync"/>. Null when admitted. An upgrade without credentials is not
    /// charged to its address here: a browser sends its token and key only in <c>connection_init</c>, and the
    /// connection is admitted then, by <see cref="AdmitInitialisedConnection"/>, as whoever it turns out to be.
    /// </summary>
    public GraphQLHttpRequestException? AdmitConnection(HttpContext http) =>
        http.Features.Get<ApiClient>() is null && http.Features.Get<Viewer>() is null ? null : AdmitCarrier(http);

    /// <summary>Admits a connection that came without credentials once its <c>connection_init</c> named them (or none).</summary>
    public GraphQLHttpRequestException? AdmitInitialisedConnection(HttpContext http, Viewer? viewer) =>
        Admit(rateLimits.AllowanceOf(http.Features.Get<ApiClient>(), viewer, http.Connection.RemoteIpAddress));

    /// <summary>Admits a batched request like a request of one point, before its body is read; each of its operations is then admitted and charged by <see cref="ExecuteAsync"/>. Null when admitted.</summary>
    public GraphQLHttpRequestException? AdmitBatch(HttpContext http) => AdmitCarrier(http);

    private GraphQLHttpRequestException? AdmitCarrier(HttpContext http) =>
        Admit(rateLimits.AllowanceOf(http.Features.Get<ApiClient>(), http.Features.Get<Viewer>(), http.Connection.RemoteIpAddress));

    private static GraphQLHttpRequestException? Admit(CallerAllowance allowance)
    {
        if (RateLimited(allowance, "Requests") is { } refusal)
        {
            return refusal;
        }

        allowance.Charge(1);
        return null;
    }

    private async Task<(ExecutionResult Result, ResolvedDocument? Document)> RunAsync(GraphQLCall call, GraphQLHttpRequest request, RequestCost cost)
    {
        // A GET checks the query sent before resolving persisted documents, which may only be queries.
        var document = call.Allowed == AllowedOperations.QueriesAndSentSubscriptions && request.Query.Length > 0
            ? GetRequestDocument.ParseQueryOnly(request.Query, request.OperationName, allowSubscription: true)
            : null;
        var queriesOnly = call.Allowed == AllowedOperations.QueriesAndSentSubscriptions && request.Query.Length == 0;
        ResolvedDocument resolved;
        try
        {
            resolved = persisted.Resolve(request, call.UserContext.ApiClient);
        }
        catch (GraphQLHttpRequestException refused)
        {
            return (ExecutionResults.Refused(refused.Code, refused.Message), null);
        }

        if (queriesOnly)
        {
            document ??= GetRequestDocument.ParseQueryOnly(resolved.Query, request.OperationName);
        }

        CostAccounting.Attach(call.UserContext, cost);
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = resolved.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = ToInputs(request.Variables),
            Extensions = ToInputs(request.Extensions),
            RequestServices = call.Http.RequestServices,
            User = call.Http.User,
            UserContext = call.UserContext,
            CancellationToken = call.Cancellation,
        });

        if (result.Executed)
        {
            persisted.RegisterIfAsked(resolved);
        }

        cost.Actual = (int)Math.Min(ActualCost.Of(result.Data, schema, limits.CurrentValue), int.MaxValue);
        (result.Extensions ??= new Dictionary<string, object?>())["cost"] = new Dictionary<string, object?>
        {
            ["requestedQueryCost"] = cost.Requested,
            ["actualQueryCost"] = cost.Actual,
            ["maximumQueryCost"] = cost.Maximum,
        };
        return (result, resolved);
    }

    private static GraphQLHttpRequestException? RateLimited(CallerAllowance allowance, string counted) =>
        allowance.RetryAfterSeconds() is { } seconds
            ? new GraphQLHttpRequestException(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
                $"Rate limit exceeded: retry in {seconds.ToString(CultureInfo.InvariantCulture)} s. {counted} are counted in cost points per minute.")
            { RetryAfterSeconds = seconds }
            : null;

    private static GraphQLOutcome Refused(GraphQLHttpRequestException refusal, RequestCost cost) =>
        new(ExecutionResults.Refused(refusal.Code, refusal.Message), cost, refusal);

    private Inputs? ToInputs(JsonElement? json) =>
        json is { } element ? serializer.ReadNode<Inputs>(element) : null;
}
