using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Prices an operation before it runs: one point per object it may fetch, plus the configured base cost of
/// fields. A connection (a field with <c>first</c>/<c>last</c>) multiplies the objects of its page by the page
/// size asked (default and maximum from the options), so nested connections multiply; <c>ids</c> lists by
/// their length; other lists of objects by their configured <see cref="QueryLimitsOptions.ListSizes"/> or
/// <see cref="QueryLimitsOptions.UnpagedListSize"/>. Scalars and
/// introspection are free.
/// </summary>
public sealed class QueryCostCalculator(
    ISchema schema,
    QueryLimitsOptions limits,
    IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
    GraphQLDocument document)
{
    /// <summary>Past this the document is refused anyway; keeps the sums far from overflowing.</summary>
    private const long Ceiling = 1_000_000_000;

    private readonly Dictionary<(string, int?), long> _fragments = [];

    public long Of(GraphQLOperationDefinition operation)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        return root is null ? 0 : SetCost(operation.SelectionSet, root, null);
    }

    /// <summary>The base cost of <paramref name="field"/> of <paramref name="parent"/>, paid each time it is resolved.</summary>
    public static long BaseCost(QueryLimitsOptions limits, ISchema schema, IGraphType parent, string field) =>
        limits.FieldCosts.TryGetValue($"{parent.Name}.{field}", out var cost) ? cost
        : ReferenceEquals(parent, schema.Mutation) ? limits.MutationCost
        : 0;

    private long SetCost(GraphQLSelectionSet? set, IGraphType parent, int? pageSize)
    {
        long total = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            total += selection switch
            {
                GraphQLField field => FieldCost(field, parent, pageSize),
                GraphQLInlineFragment inline => SetCost(inline.SelectionSet, TypeOf(inline.TypeCondition) ?? parent, pageSize),
                GraphQLFragmentSpread spread => FragmentCost(spread.FragmentName.Name.StringValue, pageSize),
                _ => 0,
            };
            total = Math.Min(total, Ceiling);
        }

        return total;
    }

    private long FragmentCost(string name, int? pageSize)
    {
        if (_fragments.TryGetValue((name, pageSize), out var known))
        {
            return known;
        }

        _fragments[(name, pageSize)] = 0; // a cycle adds nothing; validation refuses it
        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        var type = TypeOf(fragment?.TypeCondition);
        return _fragments[(name, pageSize)] = fragment is null || type is null ? 0 : SetCost(fragment.SelectionSet, type, pageSize);
    }

    private long FieldCost(GraphQLField field, IGraphType parent, int? pageSize)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } definition)
        {
            return 0;
        }

        var baseCost = BaseCost(limits, schema, parent, name);
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        var isList = type is ListGraphType;
        var named = type?.GetNamedType();
        if (named is not IComplexGraphType)
        {
            return baseCost;
        }

        var values = arguments?.GetValueOrDefault(field);
        if (definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            return baseCost + 1 + SetCost(field.SelectionSet, named, PageSize(values));
        }

        var size = !isList ? 1 : IdsCount(values) ?? pageSize ?? limits.ListSizes.GetValueOrDefault($"{parent.Name}.{name}", limits.UnpagedListSize);
        return baseCost + Math.Min(size * (1 + SetCost(field.SelectionSet, named, null)), Ceiling);
    }

    private int PageSize(IDictionary<string, ArgumentValue>? values)
    {
        var asked = Int(values, "first") ?? Int(values, "last") ?? limits.DefaultPageSize;
        return Math.Clamp(asked, 0, limits.MaxPageSize);
    }

    private static int? Int(IDictionary<string, ArgumentValue>? values, string name) =>
        values is not null && values.TryGetValue(name, out var value) && value.Value is int number ? number : null;

    private static int? IdsCount(IDictionary<string, ArgumentValue>? values) =>
        values is not null && values.TryGetValue("ids", out var value) && value.Value is ICollection ids ? ids.Count : null;

    private IGraphType? TypeOf(GraphQLTypeCondition? condition) =>
        condition is null ? null : schema.AllTypes[condition.Type.Name.StringValue];
}
