using System.Text;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.GraphQL;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>
/// Requested cost is an upper bound: for documents generated from the live schema (random selections under every query
/// field that needs no argument, random first/last, random filters), <c>requestedQueryCost ≥ actualQueryCost</c>.
/// Also the limits that keep the price honest: filter conditions and introspection.
/// </summary>
public sealed class CostHonestyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Documents = 300;

    [Fact]
    public async Task Requested_cost_is_never_below_actual_cost_for_generated_documents()
    {
        await SeedOffersAsync(30);
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var random = new Random(20261207);
        var client = api.GraphQL;
        var answered = 0;
        for (var i = 0; i < Documents; i++)
        {
            var document = "{ " + Selection(schema.Query, random, depth: 0, root: true) + " }";
            var response = await client.PostAsync(document);
            var cost = response.Body?["extensions"]?["cost"];
            Assert.True(response.StatusCode < 500, $"{response.StatusCode} for {document}: {response.Body?.ToJsonString()}");
            if (cost is null)
            {
                continue;
            }

            answered++;
            var requested = cost["requestedQueryCost"]!.GetValue<int>();
            var actual = cost["actualQueryCost"]!.GetValue<int>();
            Assert.True(requested >= actual, $"Requested {requested} < actual {actual} for {document}");
        }

        Assert.True(answered > Documents / 2, $"Only {answered} of {Documents} generated documents were priced.");
    }

    [Fact]
    public async Task Sectors_cost_what_they_return_at_most()
    {
        var response = await api.GraphQL.PostAsync("{ sectors { code } }");
        var cost = response.Body!["extensions"]!["cost"]!;
        Assert.True(cost["requestedQueryCost"]!.GetValue<int>() >= cost["actualQueryCost"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_where_over_the_maximum_conditions_is_refused_before_it_runs_and_conditions_are_priced()
    {
        var ors = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"{{title: {{eq: \"t{i}\"}}}}"));
        var refused = await api.GraphQL.PostAsync($"{{ offers(first: 1, where: {{or: [{ors}]}}) {{ totalCount }} }}");
        Assert.Equal(["TOO_MANY_FILTER_CONDITIONS"], refused.ErrorCodes);
        Assert.Null(refused.Data?["offers"]);

        var nested = "{title: {eq: \"x\"}}";
        for (var i = 0; i < 7; i++)
        {
            nested = $"{{and: [{nested}, {nested}]}}";
        }

        Assert.Equal(["TOO_MANY_FILTER_CONDITIONS"], (await api.GraphQL.PostAsync($"{{ offers(first: 1, where: {nested}) {{ totalCount }} }}")).ErrorCodes);
        Assert.Equal(["TOO_MANY_FILTER_CONDITIONS"], (await api.GraphQL.PostAsync(
            "query ($codes: [String!]) { offers(first: 1, where: {departmentCode: {in: $codes}}) { totalCount } }",
            new { codes = Enumerable.Range(0, 101).Select(i => $"{i:D2}").ToArray() })).ErrorCodes);

        var one = await api.GraphQL.PostAsync("{ offers(first: 1, where: {title: {eq: \"x\"}}) { totalCount } }");
        var fifty = await api.GraphQL.PostAsync(
            $"{{ offers(first: 1, where: {{or: [{string.Join(", ", Enumerable.Range(0, 50).Select(i => $"{{title: {{eq: \"t{i}\"}}}}"))}]}}) {{ totalCount }} }}");
        Assert.Null(fifty.Errors);
        Assert.Equal(49, Requested(fifty) - Requested(one));
    }

    [Fact]
    public async Task Introspection_is_priced_before_it_runs_and_only_one_schema_is_allowed_per_request()
    {
        var once = await api.GraphQL.PostAsync("{ __schema { types { name fields { name } } } }");
        Assert.Null(once.Errors);
        Assert.Equal(1_000, Requested(once));

        var aliased = await api.GraphQL.PostAsync("{ a: __schema { types { name } } b: __schema { types { name } } }");
        Assert.Equal(["TOO_MANY_INTROSPECTION_FIELDS"], aliased.ErrorCodes);
        Assert.Null(aliased.Data);

        var spread = await api.GraphQL.PostAsync(
            "query { ...S ...T } fragment S on Query { a: __schema { queryType { name } } } fragment T on Query { b: __schema { queryType { name } } }");
        Assert.Equal(["TOO_MANY_INTROSPECTION_FIELDS"], spread.ErrorCodes);
    }

    [Fact]
    public async Task An_introspection_asked_again_is_answered_from_its_first_execution_and_priced_the_same()
    {
        var cache = api.Factory.Services.GetServices<IConfigureExecution>().OfType<IntrospectionResultCache>().Single();
        const string Introspection = "query Tool { __schema { queryType { name } types { name fields { name } } } }";
        var before = cache.Count;

        var first = await api.GraphQL.PostAsync(Introspection);
        var second = await api.GraphQL.PostAsync(Introspection);
        await api.GraphQL.PostAsync("{ sectors { code } }");
        await api.GraphQL.PostAsync("query ($name: String!) { __type(name: $name) { name } }", new { name = "Offer" });

        Assert.Equal(before + 1, cache.Count);
        Assert.Null(second.Errors);
        Assert.Equal(first.Body!["data"]!.ToJsonString(), second.Body!["data"]!.ToJsonString());
        Assert.Contains("Offer", second.Body!["data"]!["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(1_000, Requested(first));
        Assert.Equal(Requested(first), Requested(second));
    }

    private static int Requested(GraphQLResponse response) => response.Body!["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<int>();

    private async Task SeedOffersAsync(int count)
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        for (var i = 0; i < count; i++)
        {
            await db.AddOfferAsync(employer);
        }
    }

    /// <summary>One to three fields of <paramref name="type"/> that need no argument, each with a random selection under it.</summary>
    private static string Selection(IComplexGraphType type, Random random, int depth, bool root = false)
    {
        var candidates = type.Fields
            .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && f.Arguments?.All(a => a.ResolvedType is not NonNullGraphType) != false)
            .ToList();
        if (candidates.Count == 0)
        {
            return "__typename";
        }

        var builder = new StringBuilder();
        var picks = random.Next(1, Math.Min(root ? 2 : 4, candidates.Count) + 1);
        foreach (var (field, index) in candidates.OrderBy(_ => random.Next()).Take(picks).Select((f, i) => (f, i)))
        {
            builder.Append(" f").Append(index).Append(": ").Append(field.Name).Append(Arguments(field, random));
            var named = field.ResolvedType!.GetNamedType();
            if (named is IComplexGraphType complex)
            {
                builder.Append(" { ").Append(depth >= 4 ? "__typename" : Selection(complex, random, depth + 1)).Append(" }");
            }
            else if (named is IAbstractGraphType)
            {
                builder.Append(" { __typename }");
            }
        }

        return builder.ToString();
    }

    private static string Arguments(FieldType field, Random random)
    {
        var parts = new List<string>();
        if (field.Arguments?.Find("first") is not null && random.Next(3) > 0)
        {
            parts.Add($"first: {random.Next(1, 101)}");
        }
        else if (field.Arguments?.Find("last") is not null && random.Next(2) > 0)
        {
            parts.Add($"last: {random.Next(1, 101)}");
        }

        if (field.Arguments?.Find("where") is not null && field.Name == "offers" && random.Next(2) > 0)
        {
            parts.Add($"where: {{or: [{string.Join(", ", Enumerable.Range(0, random.Next(1, 20)).Select(i => $"{{title: {{contains: \"{(char)('a' + (i % 26))}\"}}}}"))}]}}");
        }

        return parts.Count == 0 ? "" : "(" + string.Join(", ", parts) + ")";
    }
}
