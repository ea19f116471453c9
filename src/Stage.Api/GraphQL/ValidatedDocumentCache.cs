using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Stage.Api.GraphQL;

/// <summary>
/// Keeps parsed documents that passed validation, by query text, so that a front-end repeating the same
/// query (with other variables) is neither parsed nor validated again: on a radius search that is most
/// of the server's CPU besides the database. Validation does not depend on variables or the operation
/// chosen, so a validated document stays valid; rules that do (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>)
/// still run. Bounded: when full, it starts over rather than tracking recency.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int MaxEntries = 2_000;
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>Runs before the other execution steps (GraphQL.NET's own caches use 200).</summary>
    public float SortOrder => 200;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: <= MaxQueryLength } query)
        {
            return await next(options);
        }

        if (_documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && options.Document is { } validated)
        {
            if (_documents.Count >= MaxEntries)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, validated);
        }

        return result;
    }
}
