using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Refuses documents that are too long, too deep, too wide or alias too much before they are validated:
/// validation itself (overlapping fields above all) costs time in proportion to such shapes. Runs after
/// <see cref="ValidatedDocumentCache"/>, parsing the documents it misses once for both.
/// </summary>
public sealed class DocumentLimits(IOptionsMonitor<QueryLimitsOptions> limitsOptions) : IConfigureExecution
{
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limits = limitsOptions.CurrentValue;
        if (options.Query is { } query && query.Length > limits.MaxDocumentLength)
        {
            return ExecutionResults.Refused(ErrorCodes.DocumentTooLong, $"The document is {query.Length} characters long; the maximum is {limits.MaxDocumentLength}.");
        }

        if (options.Document is null)
        {
            try
            {
                options.Document = TryParse(options.Query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return ExecutionResults.Refused(ErrorCodes.MaxDepthExceeded, "The document is nested deeper than the parser allows.");
            }

            if (options.Document is null)
            {
                return await next(options); // the executer reports the syntax error
            }
        }

        var shape = DocumentShape.Measure(options.Document);
        if (shape.Depth > limits.MaxDepth)
        {
            return ExecutionResults.Refused(ErrorCodes.MaxDepthExceeded, $"The document is {shape.Depth} fields deep; the maximum is {limits.MaxDepth}.");
        }

        if (shape.Aliases > limits.MaxAliases)
        {
            return ExecutionResults.Refused(ErrorCodes.TooManyAliases, $"The document has {shape.Aliases} aliases; the maximum is {limits.MaxAliases}.");
        }

        if (shape.RootFields > limits.MaxRootFields)
        {
            return ExecutionResults.Refused(ErrorCodes.TooManyRootFields, $"An operation selects {shape.RootFields} root fields; the maximum is {limits.MaxRootFields}.");
        }

        return await next(options);
    }

    private static GraphQLDocument? TryParse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        try
        {
            return GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParserException error) when (error is not GraphQLMaxDepthExceededException)
        {
            return null;
        }
    }
}

/// <summary>
/// The size of a parsed document that matters before validation: its depth and root fields with fragments
/// expanded (each fragment measured once, so nested spreads cannot make this exponential; a fragment cycle
/// counts as nothing, validation refuses it) and its aliases as written.
/// </summary>
public sealed class DocumentShape
{
    private const int Ceiling = 1_000_000;

    private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fragmentRootFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);

    private DocumentShape(GraphQLDocument document)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        Depth = operations.Count == 0 ? 0 : operations.Max(o => DepthOf(o.SelectionSet));
        RootFields = operations.Count == 0 ? 0 : operations.Max(o => RootFieldsOf(o.SelectionSet));
        Aliases = CountAliases(document.Definitions.OfType<IHasSelectionSetNode>().Select(d => d.SelectionSet));
    }

    public int Depth { get; }
    public int RootFields { get; }
    public int Aliases { get; }

    public static DocumentShape Measure(GraphQLDocument document) => new(document);

    private int DepthOf(GraphQLSelectionSet? set)
    {
        var depth = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            depth = Math.Max(depth, selection switch
            {
                GraphQLField field => 1 + DepthOf(field.SelectionSet),
                GraphQLInlineFragment inline => DepthOf(inline.SelectionSet),
                GraphQLFragmentSpread spread => Memoized(_fragmentDepths, spread, DepthOf),
                _ => 0,
            });
        }

        return depth;
    }

    /// <summary>Fragments spread twice at each level double the count: it stops growing at <see cref="Ceiling"/>.</summary>
    private int RootFieldsOf(GraphQLSelectionSet? set) =>
        (set?.Selections ?? []).Aggregate(0, (count, selection) => Math.Min(Ceiling, count + selection switch
        {
            GraphQLField => 1,
            GraphQLInlineFragment inline => RootFieldsOf(inline.SelectionSet),
            GraphQLFragmentSpread spread => Memoized(_fragmentRootFields, spread, RootFieldsOf),
            _ => 0,
        }));

    private int Memoized(Dictionary<string, int> memo, GraphQLFragmentSpread spread, Func<GraphQLSelectionSet, int> measure)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (memo.TryGetValue(name, out var known))
        {
            return known;
        }

        memo[name] = 0; // in progress: a cycle back to this fragment adds nothing
        return memo[name] = _fragments.TryGetValue(name, out var fragment) ? measure(fragment.SelectionSet) : 0;
    }

    private static int CountAliases(IEnumerable<GraphQLSelectionSet?> sets)
    {
        var count = 0;
        var pending = new Stack<GraphQLSelectionSet>(sets.OfType<GraphQLSelectionSet>());
        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is GraphQLField { Alias: not null })
                {
                    count++;
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } inner })
                {
                    pending.Push(inner);
                }
            }
        }

        return count;
    }
}
