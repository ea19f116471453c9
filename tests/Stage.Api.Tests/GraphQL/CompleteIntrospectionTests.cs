using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL;

/// <summary>
/// graphql-js 16's full introspection query (every option on, as GraphiQL, codegen and schema tools send it when
/// set to) is answered, and the schema graphql-js rebuilds from it is <c>schema/stage.graphql</c>, to the letter.
/// </summary>
public sealed class CompleteIntrospectionTests(LoopbackApi api) : IClassFixture<LoopbackApi>, IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(api.Address) };

    private GraphQLClient Client => new(_http);

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task The_full_introspection_rebuilds_the_schema_file()
    {
        var result = await IntrospectAsync();

        Assert.True(result["errors"] is null, result["errors"]?.ToJsonString());
        Assert.Equal(200, result["status"]!.GetValue<int>());
        Assert.Equal(result["file"]!.GetValue<string>(), result["live"]!.GetValue<string>());
    }

    [Fact]
    public async Task Scalars_name_their_specification_and_sort_objects_are_one_of()
    {
        var result = await IntrospectAsync();

        Assert.Equal("https://scalars.graphql.org/andimarek/local-date.html", result["dateSpecifiedBy"]!.GetValue<string>());
        Assert.Null(result["stringSpecifiedBy"]);
        Assert.True(result["offerSortIsOneOf"]!.GetValue<bool>());
        Assert.False(result["offerFilterIsOneOf"]!.GetValue<bool>());
        var directives = result["directives"]!.AsArray().ToDictionary(d => d!["name"]!.GetValue<string>(), d => d!["isRepeatable"]!.GetValue<bool>());
        Assert.Equal(["deprecated", "include", "oneOf", "skip", "specifiedBy"], directives.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(true, directives.Values);
    }

    [Fact]
    public async Task Deprecated_arguments_and_input_fields_are_listed_on_request()
    {
        var data = await Client.QueryAsync("""
            { __type(name: "OfferSortInput") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              __schema { queryType { fields { name args(includeDeprecated: true) { name isDeprecated } } } } }
            """);

        Assert.Contains(data["__type"]!["inputFields"]!.AsArray(), f => f!["name"]!.GetValue<string>() == "title" && !f["isDeprecated"]!.GetValue<bool>());
        var offers = data["__schema"]!["queryType"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "offers")!;
        Assert.Contains(offers["args"]!.AsArray(), a => a!["name"]!.GetValue<string>() == "where");
    }

    [Fact]
    public async Task A_sort_object_naming_two_fields_is_refused_by_validation()
    {
        var response = await Client.PostAsync("{ offers(order: [{title: ASC, startDate: DESC}]) { totalCount } }");

        var error = Assert.Single(response.Errors ?? []);
        Assert.Null(response.Data);
        Assert.Equal("ONE_OF_INPUT_VALUES", error!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("exactly one non-null value", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonNode> IntrospectAsync() =>
        JsonNode.Parse(await NodeScript.RunAsync("introspection.mjs", TimeSpan.FromMinutes(1), api.Address + "/graphql",
            Path.Combine(RepositoryPaths.Root, "schema", "stage.graphql")))!;
}
