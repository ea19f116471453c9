using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Stage.Api.GraphQL.Ide;
using Stage.Api.GraphQL.Limits;

namespace Stage.Api.GraphQL;

/// <summary>
/// Answers an introspection operation (every root field is <c>__schema</c>, <c>__type</c> or <c>__typename</c>) sent
/// again, without variables, with the result of its first execution: the schema does not change while the process
/// runs, and a tool's introspection document (GraphiQL, code generators) resolves thousands of fields. The request is
/// priced as its first execution was (introspection is expensive by design, see README "Limits") and charged the same;
/// when introspection is switched off, or the price exceeds the current maximum, the request runs as usual and is refused
/// there. Bounded like <see cref="ValidatedDocumentCache"/>.
/// </summary>
public sealed class IntrospectionResultCache(IOptionsMonitor<IdeOptions> ide, IOptionsMonitor<QueryLimitsOptions> limits) : IConfigureExecution
{
    public const int MaxEntries = 100;

    private readonly ConcurrentDictionary<(string Query, string Operation), (ExecutionResult Result, int Cost)> _results = new();

    /// <summary>Before the document cache (200): a cached answer needs no document.</summary>
    public float SortOrder => 150;

    public int Count => _results.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { Length: <= ValidatedDocumentCache.MaxQueryLength } query || options.Variables is { Count: > 0 } || !ide.CurrentValue.Introspection)
        {
            return await next(options);
        }

        var key = (query, options.OperationName ?? "");
        if (_results.TryGetValue(key, out var cached) && cached.Cost <= limits.CurrentValue.MaxCost)
        {
            if (CostAccounting.Find(options.UserContext) is { } account)
            {
                account.Requested = cached.Cost;
            }

            // A result of its own: the executor adds the request's cost to its extensions.
            return new ExecutionResult
            {
                Executed = true,
                Data = cached.Result.Data,
                Query = cached.Result.Query,
                Document = cached.Result.Document,
                Operation = cached.Result.Operation,
            };
        }

        var result = await next(options);
        if (result is { Executed: true, Errors: null or { Count: 0 }, Operation: { } operation } && IsIntrospection(operation))
        {
            if (_results.Count >= MaxEntries)
            {
                _results.Clear();
            }

            _results.TryAdd(key, (result, CostAccounting.Find(options.UserContext)?.Requested ?? 0));
        }

        return result;
    }

    private static bool IsIntrospection(GraphQLOperationDefinition operation) =>
        operation.Operation == OperationType.Query
        && operation.SelectionSet.Selections.All(s => s is GraphQLField { Directives: null } field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
