using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Stage.Api.GraphQL;

/// <summary>
/// Keeps parsed documents that passed validation, by query text, so that a front-end repeating the same
/// query (with other variables) is neither parsed nor validated again: on a radius search that is most
/// of the server's CPU besides the database. Validation does not depend on variables or the operation
/// chosen, so a validated document stays valid; rules that do (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>:
/// the introspection switch) still run, but only on documents that ask for <c>__schema</c> or <c>__type</c>, since any rule
/// at all makes GraphQL.NET walk the whole document again. Bounded: when full, it starts over rather than tracking recency.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution
{
    public const int MaxEntries = 2_000;
    public const int MaxQueryLength = 20_000;

    private readonly ConcurrentDictionary<string, (GraphQLDocument Document, bool Introspects)> _documents = new(StringComparer.Ordinal);

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
            options.Document = cached.Document;
            options.ValidationRules = cached.Introspects ? options.CachedDocumentValidationRules ?? [] : [];
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && options.Document is { } validated)
        {
            if (_documents.Count >= MaxEntries)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, (validated, validated.Definitions.Any(d => Introspects(d as IHasSelectionSetNode))));
        }

        return result;
    }

    /// <summary>Whether a selection set holds <c>__schema</c> or <c>__type</c> at any depth (fragments are definitions of their own).</summary>
    private static bool Introspects(IHasSelectionSetNode? node) =>
        node?.SelectionSet?.Selections.Any(s =>
            (s is GraphQLField field && (field.Name.StringValue is "__schema" or "__type"))
            || Introspects(s as IHasSelectionSetNode)) == true;
}
