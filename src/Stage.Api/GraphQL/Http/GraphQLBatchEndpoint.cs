using System.Globalization;
using GraphQL;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Limits;
using Stage.Api.Kit.Http;
using Stage.Api.Kit.Requests;

namespace Stage.Api.GraphQL.Http;

/// <summary>
/// Batched requests (a POSTed JSON array, as Apollo's BatchHttpLink and HotChocolate's clients send), answered 200 with
/// a JSON array of results in the same order. The batch is admitted like a request of one point before its body is
/// read, and refused whole (nothing runs) when the body is malformed or too large, or holds no request or more than
/// <see cref="QueryLimitsOptions.MaxBatchSize"/>. Each request then goes through the executor like a request of its own
/// (admitted, limited, priced and charged; refused alone, its error in its place), one after the other, all within one
/// <see cref="QueryLimitsOptions.ExecutionTimeout"/>. A JSON array cannot carry a stream, so a subscription is refused
/// in its place.
/// </summary>
public static class GraphQLBatchEndpoint
{
    public static async Task HandleAsync(HttpContext http, AcceptedAnswers answers, int maxRequestBytes)
    {
        var executor = http.RequestServices.GetRequiredService<GraphQLRequestExecutor>();
        var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<QueryLimitsOptions>>().CurrentValue;
        IReadOnlyList<Func<Task<GraphQLHttpRequest>>> requests;
        try
        {
            if (executor.AdmitBatch(http) is { } spent)
            {
                throw spent;
            }

            answers.EnsureAcceptable(streamsToo: false);
            requests = await GraphQLHttpRequestReader.BatchFromBodyAsync(http.Request, maxRequestBytes, limits.MaxBatchSize, http.RequestAborted);
        }
        catch (GraphQLHttpRequestException refused)
        {
            await GraphQLHttpResponseWriter.WriteRequestErrorAsync(http, answers.JsonOrDefault, refused);
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(limits.ExecutionTimeout);
        var results = new List<ExecutionResult>(requests.Count);
        int? retryAfterSeconds = null;
        foreach (var read in requests)
        {
            var outcome = await RunAsync(executor, new GraphQLCall(http, StageUserContext.For(http), read, deadline.Token), limits.ExecutionTimeout);
            results.Add(outcome.Result);
            if (outcome.Refusal?.RetryAfterSeconds is { } seconds)
            {
                retryAfterSeconds = Math.Max(retryAfterSeconds ?? 0, seconds);
            }
        }

        if (retryAfterSeconds is { } wait)
        {
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        }

        await GraphQLHttpResponseWriter.WriteBatchAsync(http, answers.JsonOrDefault, results);
    }

    /// <summary>Runs one request of the batch; once the batch's time is up, the one running and those after it time out.</summary>
    private static async Task<GraphQLOutcome> RunAsync(GraphQLRequestExecutor executor, GraphQLCall call, TimeSpan timeout)
    {
        if (!call.Cancellation.IsCancellationRequested)
        {
            try
            {
                return await executor.ExecuteAsync(call);
            }
            catch (OperationCanceledException) when (call.Cancellation.IsCancellationRequested && !call.Http.RequestAborted.IsCancellationRequested)
            {
            }
        }

        return new GraphQLOutcome(ExecutionResults.TimedOut(timeout), new RequestCost());
    }
}
