using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Stage.Api.Kit.Errors;
using Stage.Api.GraphQL.Execution;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Prices the operation once its arguments are known (variables included) and refuses it when it costs more than the
/// maximum; the price goes to the request's <see cref="Execution.RequestCost"/>. It runs after validation, on the
/// arguments GraphQL.NET parsed there, for every document, cached or not, since the price depends on the variables. Not
/// a validation rule on purpose: any rule makes GraphQL.NET walk the whole document with its type information, which a
/// document taken from the cache would otherwise skip.
/// </summary>
public sealed class QueryCostCheck(IOptionsMonitor<QueryLimitsOptions> options) : DocumentExecutionListenerBase
{
    public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        if (validationResult.IsValid)
        {
            foreach (var error in Check(context.Schema, context.Document, context.Operation, context.ArgumentValues, context.UserContext))
            {
                context.Errors.Add(error);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The operation's price, recorded on the request's cost account, and the errors of an operation over a limit.</summary>
    public List<ValidationError> Check(
        ISchema schema,
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        IDictionary<string, object?> userContext)
    {
        var limits = options.CurrentValue;
        var calculator = new QueryCostCalculator(schema, limits, arguments, document);
        var cost = calculator.Of(operation);
        if (CostAccounting.Find(userContext) is { } account)
        {
            account.Requested = (int)cost;
        }

        var errors = new List<ValidationError>();
        if (calculator.MostFilterConditions > limits.MaxFilterConditions)
        {
            errors.Add(new ValidationError(
                $"A where argument holds {calculator.MostFilterConditions} conditions; the maximum is {limits.MaxFilterConditions} " +
                "(every operator and every value of an in/nin list counts, and/or included). Narrow the filter or split the request.")
            {
                Code = ErrorCodes.TooManyFilterConditions,
            });
        }

        if (calculator.SchemaIntrospections > 1)
        {
            errors.Add(new ValidationError(
                $"The operation asks for __schema {calculator.SchemaIntrospections} times; one introspection per request is allowed.")
            {
                Code = ErrorCodes.TooManyIntrospectionFields,
            });
        }

        if (cost > limits.MaxCost)
        {
            errors.Add(new ValidationError($"The query may cost {cost} points; the maximum is {limits.MaxCost}. Ask for smaller pages (first/last) or fewer nested connections.")
            {
                Code = ErrorCodes.MaxCostExceeded,
            });
        }

        return errors;
    }
}

/// <summary>
/// Prices an operation before it runs: one point per object it may fetch, plus the configured base cost of
/// fields. A connection (a field with <c>first</c>/<c>last</c>) multiplies the objects of its page by the page
/// size asked (default and maximum from the options), so nested connections multiply; <c>ids</c> lists by
/// their length; other lists of objects by their configured <see cref="QueryLimitsOptions.ListSizes"/> or
/// <see cref="QueryLimitsOptions.UnpagedListSize"/>; a list with <c>first</c> (not a connection) by the page asked.
/// Each condition of a <c>where</c> argument adds <see cref="QueryLimitsOptions.FilterConditionCost"/>; <c>__schema</c> and
/// <c>__type</c> have fixed prices (the introspection is not counted again after it ran). Scalars and <c>__typename</c> are free.
/// </summary>
public sealed class QueryCostCalculator(
    ISchema schema,
    QueryLimitsOptions limits,
    IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
    GraphQLDocument document)
{
    /// <summary>Past this the document is refused anyway; keeps the sums far from overflowing.</summary>
    private const long Ceiling = 1_000_000_000;

    private readonly Dictionary<(string, int?), (long Cost, int SchemaIntrospections)> _fragments = [];

    /// <summary>The most conditions found in one <c>where</c> argument of the operation.</summary>
    public int MostFilterConditions { get; private set; }

    /// <summary>How many <c>__schema</c> fields the operation holds, fragments expanded (each fragment counted once).</summary>
    public int SchemaIntrospections { get; private set; }

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
            SchemaIntrospections = Math.Min(SchemaIntrospections + known.SchemaIntrospections, 1_000_000);
            return known.Cost;
        }

        _fragments[(name, pageSize)] = (0, 0); // a cycle adds nothing; validation refuses it
        var before = SchemaIntrospections;
        var fragment = document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        var type = TypeOf(fragment?.TypeCondition);
        var cost = fragment is null || type is null ? 0 : SetCost(fragment.SelectionSet, type, pageSize);
        _fragments[(name, pageSize)] = (cost, SchemaIntrospections - before);
        return cost;
    }

    private long FieldCost(GraphQLField field, IGraphType parent, int? pageSize)
    {
        var name = field.Name.StringValue;
        switch (name)
        {
            case "__schema":
                SchemaIntrospections++;
                return limits.SchemaIntrospectionCost;
            case "__type":
                return limits.TypeIntrospectionCost;
        }

        if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } definition)
        {
            return 0;
        }

        var values = arguments?.GetValueOrDefault(field);
        var baseCost = BaseCost(limits, schema, parent, name) + FilterCost(values);
        var type = definition.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : definition.ResolvedType;
        var isList = type is ListGraphType;
        var named = type?.GetNamedType();
        if (named is not IComplexGraphType)
        {
            return baseCost;
        }

        if (definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            return isList
                ? baseCost + Math.Min(PageSize(values) * (1 + SetCost(field.SelectionSet, named, null)), Ceiling)
                : baseCost + 1 + SetCost(field.SelectionSet, named, PageSize(values));
        }

        var size = !isList ? 1 : IdsCount(values) ?? pageSize ?? limits.ListSizes.GetValueOrDefault($"{parent.Name}.{name}", limits.UnpagedListSize);
        return baseCost + Math.Min(size * (1 + SetCost(field.SelectionSet, named, null)), Ceiling);
    }

    private long FilterCost(IDictionary<string, ArgumentValue>? values)
    {
        if (values is null || !values.TryGetValue("where", out var where) || where.Value is null)
        {
            return 0;
        }

        var conditions = FilterConditions.Count(where.Value);
        MostFilterConditions = Math.Max(MostFilterConditions, conditions);
        return (long)conditions * limits.FilterConditionCost;
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

/// <summary>
/// Prices what an execution really fetched, walking its result tree with the rules of
/// <see cref="QueryCostCalculator"/>: one point per object returned plus the base cost of each resolved field.
/// </summary>
public static class ActualCost
{
    public static long Of(object? data, ISchema schema, QueryLimitsOptions limits) =>
        data is IParentExecutionNode root ? Children(root, schema, limits) : 0;

    private static long Children(IParentExecutionNode parent, ISchema schema, QueryLimitsOptions limits) =>
        parent.GetChildNodes().Sum(child => Node(child, schema, limits, isItem: false));

    private static long Node(ExecutionNode node, ISchema schema, QueryLimitsOptions limits, bool isItem)
    {
        if (node.Name?.StartsWith("__", StringComparison.Ordinal) == true)
        {
            return 0;
        }

        var cost = isItem || node.Name is null || node.GetParentType(schema) is not { } parent ? 0 : QueryCostCalculator.BaseCost(limits, schema, parent, node.Name);
        return cost + node switch
        {
            ArrayExecutionNode array => array.Items?.Sum(item => Node(item, schema, limits, isItem: true)) ?? 0,
            ObjectExecutionNode { Result: not null } item => 1 + Children(item, schema, limits),
            _ => 0,
        };
    }
}

/// <summary>Carries a request's <see cref="RequestCost"/> through the GraphQL user context to the validation rule.</summary>
public static class CostAccounting
{
    private const string Key = "Stage.RequestCost";

    public static void Attach(IDictionary<string, object?> userContext, RequestCost cost) => userContext[Key] = cost;

    public static RequestCost? Find(IDictionary<string, object?>? userContext) =>
        userContext is not null && userContext.TryGetValue(Key, out var cost) ? cost as RequestCost : null;
}
