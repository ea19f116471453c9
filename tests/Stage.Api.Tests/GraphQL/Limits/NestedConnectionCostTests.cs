using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Limits;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>
/// Nested connections multiply, priced by the validation rule on a schema that has them (the Stage schema
/// has no connection inside a connection yet).
/// </summary>
public sealed class NestedConnectionCostTests
{
    private const string Sdl = """
        type Query { offers(first: Int, last: Int): OfferConnection node(ids: [ID!]!): [Offer] }
        type OfferConnection { nodes: [Offer!]! edges: [OfferEdge!]! total: Int! }
        type OfferEdge { node: Offer! }
        type Offer { title: String! employer: Employer! }
        type Employer { name: String! offers(first: Int, last: Int): OfferConnection }
        """;

    [Theory]
    [InlineData("{ offers(first: 100) { nodes { employer { offers(first: 100) { nodes { title } } } } } }", 1 + (100 * (1 + 1 + 1 + 100)))]
    [InlineData("{ offers(last: 10) { nodes { employer { offers { nodes { title } } } } } }", 1 + (10 * (1 + 1 + 1 + 20)))]
    [InlineData("{ offers(first: 5000) { edges { node { title } } total } }", 1 + (100 * 2))]
    [InlineData("{ offers { ...page } } fragment page on OfferConnection { nodes { title } }", 1 + 20)]
    [InlineData("{ node(ids: [\"a\", \"b\", \"c\"]) { employer { name } } }", 3 * 2)]
    public async Task Pages_multiply_what_they_contain(string query, int expected)
    {
        var (cost, errors) = await PriceAsync(query, maxCost: 1_000_000);
        Assert.Empty(errors);
        Assert.Equal(expected, cost);
    }

    [Fact]
    public async Task The_brief_example_is_refused_at_the_default_maximum()
    {
        var (_, errors) = await PriceAsync("{ offers(first: 100) { nodes { employer { offers(first: 100) { nodes { title } } } } } }", maxCost: new QueryLimitsOptions().MaxCost);
        Assert.Equal(["MAX_COST_EXCEEDED"], errors);
    }

    private static async Task<(int Cost, IEnumerable<string?> Errors)> PriceAsync(string query, int maxCost)
    {
        var schema = Schema.For(Sdl);
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(query);
        var cost = new RequestCost();
        var userContext = new Dictionary<string, object?>();
        CostAccounting.Attach(userContext, cost);
        var check = new QueryCostCheck(new FixedOptions<QueryLimitsOptions>(new QueryLimitsOptions { MaxCost = maxCost }));
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = DocumentValidator.CoreRules,
            UserContext = userContext,
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        });
        Assert.True(result.IsValid);
        var errors = check.Check(schema, document, operation, result.ArgumentValues, userContext);
        return (cost.Requested, errors.Select(e => e.Code));
    }
}
