using System.Net;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;

namespace Stage.Api.Tests.GraphQL.Ide;

/// <summary>Introspection is on unless configured off; the GraphiQL page only answers browsers, and only its own files.</summary>
public sealed class IntrospectionAndPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Introspection_is_answered_by_default()
    {
        var data = await api.GraphQL.QueryAsync(Introspection);
        Assert.Equal("Query", data["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Introspection_can_be_turned_off_but_typename_still_works()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Ide:Introspection", "false")).Client();
        Assert.Equal(["NO_INTROSPECTION"], (await client.PostAsync(Introspection)).ErrorCodes);
        Assert.Equal("Query", (await client.QueryAsync("{ __typename }"))["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_browser_gets_the_page_and_a_graphql_client_does_not()
    {
        using var page = await GetAsync("/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/graphql/ide/graphiql.min.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var client = await GetAsync("/graphql", "*/*");
        Assert.Equal(HttpStatusCode.BadRequest, client.StatusCode);
        using var query = await GetAsync("/graphql?query=%7B__typename%7D", "text/html,*/*;q=0.8");
        Assert.Equal("application/json", query.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/graphql/ide/react.production.min.js", HttpStatusCode.OK)]
    [InlineData("/graphql/ide/start.js", HttpStatusCode.OK)]
    [InlineData("/graphql/ide/examples.json", HttpStatusCode.OK)]
    [InlineData("/graphql/ide/package.json", HttpStatusCode.NotFound)]
    [InlineData("/graphql/ide/..%2Fpackage.json", HttpStatusCode.NotFound)]
    [InlineData("/graphql/ide/node_modules/graphiql/package.json", HttpStatusCode.NotFound)]
    public async Task Only_the_pages_own_files_are_served(string path, HttpStatusCode expected)
    {
        using var response = await GetAsync(path, "*/*");
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_page_can_be_turned_off()
    {
        using var http = ConfiguredApi.With(api, ("GraphQL:Ide:GraphiQL", "false")).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var response = await http.SendAsync(request);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await api.Factory.CreateClient().SendAsync(request);
    }
}
