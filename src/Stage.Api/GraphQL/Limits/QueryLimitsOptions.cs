using GraphQL;
using GraphQL.DI;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// The limits every GraphQL request is checked against before any database work (configuration section
/// "GraphQL:Limits"); each refusal has its own <c>extensions.code</c>.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>The longest document, in characters (DOCUMENT_TOO_LONG).</summary>
    public int MaxDocumentLength { get; set; } = 20_000;

    /// <summary>The deepest path of nested fields, fragments expanded, leaves counted (MAX_DEPTH_EXCEEDED).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>The most aliased fields in a document (TOO_MANY_ALIASES).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>The most root fields in one operation, fragments expanded (TOO_MANY_ROOT_FIELDS).</summary>
    public int MaxRootFields { get; set; } = 10;

    /// <summary>The highest requested cost in points (MAX_COST_EXCEEDED).</summary>
    public int MaxCost { get; set; } = 5_000;

    /// <summary>
    /// The most conditions in one <c>where</c> argument, counted over the whole tree (and/or nested, each operator, each
    /// value of an <c>in</c>/<c>nin</c> list) (TOO_MANY_FILTER_CONDITIONS). Each condition is also priced at
    /// <see cref="FilterConditionCost"/>.
    /// </summary>
    public int MaxFilterConditions { get; set; } = 100;

    /// <summary>Points per filter condition, for each time its field is resolved.</summary>
    public int FilterConditionCost { get; set; } = 1;

    /// <summary>
    /// The price of <c>__schema</c>, the whole introspection (about 470 KB of JSON); a request may hold only one
    /// (TOO_MANY_INTROSPECTION_FIELDS). <c>__type</c> is priced at <see cref="TypeIntrospectionCost"/>, <c>__typename</c> is free.
    /// </summary>
    public int SchemaIntrospectionCost { get; set; } = 1_000;

    /// <summary>The price of one <c>__type(name:)</c>.</summary>
    public int TypeIntrospectionCost { get; set; } = 10;

    /// <summary>The most operations in one batched request, a JSON array (BATCH_TOO_LARGE).</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>How long an operation, or a whole batch, may run before it is cancelled, database work included (TIMEOUT).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The page size a connection is priced at without <c>first</c>/<c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>The largest page a connection serves; larger <c>first</c>/<c>last</c> are priced at it (and refused by the field).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>The length a list of objects that is not a connection page is priced at (sectors, status history).</summary>
    public int UnpagedListSize { get; set; } = 50;

    /// <summary>The length particular unpaged lists are priced at instead, "Type.field" → objects (a pupil's applications).</summary>
    public Dictionary<string, int> ListSizes { get; } = new(StringComparer.Ordinal);

    /// <summary>The base cost of each mutation field, on top of what its payload selects.</summary>
    public int MutationCost { get; set; } = 10;

    /// <summary>Base costs of particular fields, "Type.field" → points, added each time the field is resolved.</summary>
    public Dictionary<string, int> FieldCosts { get; } = new(StringComparer.Ordinal);
}

/// <summary>What keeps the public endpoint up: limits, cost, timeout, persisted documents, introspection switch, GraphiQL's files.</summary>
public static class LimitsSetup
{
    /// <summary>The limits' settings (section "GraphQL:Limits").</summary>
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<QueryLimitsOptions>(configuration.GetSection(QueryLimitsOptions.Section));

    /// <summary>The execution steps and the cost check, which runs after validation for every document (its price depends on the variables).</summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder graphQL) => graphQL
        .ConfigureExecution<DocumentLimits>()
        .ConfigureExecution<ExecutionTimeout>()
        .AddDocumentListener<QueryCostCheck>();
}
