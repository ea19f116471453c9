using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Ide;

/// <summary>GraphiQL's example tabs stay valid: each is checked, with its variables, against the live schema.</summary>
public sealed class GraphiQLExamplesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void The_examples_cover_a_search_an_application_and_a_resumed_subscription()
    {
        Assert.Equal(["SearchNearby", "Apply", "FollowApplication"], GraphiQLExample.All.Select(e => e.OperationName));
    }

    [Fact]
    public async Task Every_example_validates_against_the_live_schema_with_its_variables()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        var serializer = api.Factory.Services.GetRequiredService<IGraphQLTextSerializer>();
        foreach (var example in GraphiQLExample.All)
        {
            var document = GraphQLParser.Parser.Parse(example.Query);
            var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
            {
                Schema = schema,
                Document = document,
                Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
                Rules = DocumentValidator.CoreRules,
                Variables = serializer.Deserialize<Inputs>(example.Variables.ToJsonString()) ?? Inputs.Empty,
                Extensions = Inputs.Empty,
                RequestServices = api.Factory.Services,
            });
            Assert.True(result.IsValid, $"{example.OperationName}: " + string.Join("; ", result.Errors.Select(e => e.Message)));
        }
    }

    [Fact]
    public async Task The_search_example_runs_as_it_is()
    {
        var search = GraphiQLExample.All.Single(e => e.OperationName == "SearchNearby");
        var data = await api.GraphQL.QueryAsync(search.Query, search.Variables);
        Assert.NotNull(data["offers"]!["facets"]);
        Assert.False(data["offers"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }
}
