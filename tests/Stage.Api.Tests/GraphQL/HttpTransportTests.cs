using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP rules: methods, media types and the status codes that go with them.</summary>
public sealed class HttpTransportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string SectorsQuery = "{ sectors { code } }";

    [Fact]
    public async Task Post_with_json_answers_200_with_data()
    {
        var response = await SendAsync(HttpMethod.Post, body: Json(SectorsQuery));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(51, response.Data!["sectors"]!.AsArray().Count);
    }

    [Fact]
    public async Task Get_runs_a_query_from_the_query_string()
    {
        var response = await SendAsync(HttpMethod.Get, "?query=" + Uri.EscapeDataString(SectorsQuery));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("s1", response.Data!["sectors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_accepts_variables_as_a_json_string()
    {
        var query = Uri.EscapeDataString("query ($id: ID!) { node(id: $id) { id } }");
        var variables = Uri.EscapeDataString("""{"id":"U2VjdG9yOjE"}""");
        var response = await SendAsync(HttpMethod.Get, $"?query={query}&variables={variables}");
        Assert.Equal("U2VjdG9yOjE", response.Data!["node"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405_and_allow_post()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { anything }"));
        using var response = await api.Factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
    }

    [Fact]
    public async Task Other_methods_get_405_with_allow()
    {
        using var response = await api.Factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.2, application/json", "application/json")]
    public async Task Response_media_type_is_negotiated_from_accept(string? accept, string expected)
    {
        var response = await SendAsync(HttpMethod.Post, body: Json(SectorsQuery), accept: accept);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(expected, response.ContentType);
    }

    [Fact]
    public async Task Unacceptable_accept_gets_406()
    {
        var response = await SendAsync(HttpMethod.Post, body: Json(SectorsQuery), accept: "text/html");
        Assert.Equal(406, response.StatusCode);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_without_json_content_type_gets_415(string? contentType)
    {
        var body = new StringContent("""{"query":"{ sectors { code } }"}""", Encoding.UTF8);
        body.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        var response = await SendAsync(HttpMethod.Post, body: body);
        Assert.Equal(415, response.StatusCode);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("not json")]
    [InlineData("[{\"query\":\"{ sectors { code } }\"}")]
    [InlineData("{}")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"query\": \"{ sectors { code } }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ sectors { code } }\", \"operationName\": []}")]
    [InlineData("{\"query\": \"{ sectors { code } }\", \"extensions\": 1}")]
    public async Task Malformed_requests_get_400_for_both_media_types(string body)
    {
        foreach (var accept in new[] { "application/json", GraphQLResponseJson })
        {
            var response = await SendAsync(HttpMethod.Post, body: new StringContent(body, Encoding.UTF8, "application/json"), accept: accept);
            Assert.Equal(400, response.StatusCode);
            Assert.Equal(accept, response.ContentType);
            Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task Get_without_query_gets_400()
    {
        var response = await SendAsync(HttpMethod.Get, "?operationName=x");
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("{ sectors { code ")]
    [InlineData("{ noSuchField }")]
    [InlineData("query ($id: ID!) { node(id: $id) { id } }")]
    public async Task Documents_that_cannot_execute_get_400_with_graphql_response_json_and_200_with_json(string query)
    {
        var strict = await SendAsync(HttpMethod.Post, body: Json(query), accept: GraphQLResponseJson);
        Assert.Equal(400, strict.StatusCode);
        Assert.Null(strict.Data);
        Assert.NotEmpty(strict.ErrorCodes);
        Assert.All(strict.ErrorCodes, Assert.NotNull);

        var legacy = await SendAsync(HttpMethod.Post, body: Json(query), accept: "application/json");
        Assert.Equal(200, legacy.StatusCode);
        Assert.NotNull(legacy.Errors);
    }

    [Fact]
    public async Task Field_errors_keep_200_and_partial_data()
    {
        var response = await SendAsync(HttpMethod.Post, body: Json("""{ sectors { code } node(id: "%%%") { id } }"""), accept: GraphQLResponseJson);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(51, response.Data!["sectors"]!.AsArray().Count);
        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Equal("node", response.Errors![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Oversized_bodies_get_413()
    {
        var padding = new string(' ', 1100 * 1024);
        var response = await SendAsync(HttpMethod.Post, body: Json("{ sectors { code } }" + padding));
        Assert.Equal(413, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Non_ascii_text_is_sent_as_utf8_without_escapes()
    {
        using var response = await api.Factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), Json("{ sectors { name } }"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Agroéquipement", text, StringComparison.Ordinal);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    private static StringContent Json(string query) =>
        new(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");

    private async Task<GraphQLResponse> SendAsync(HttpMethod method, string queryString = "", HttpContent? body = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, "/graphql" + queryString) { Content = body };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await api.Factory.CreateClient().SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }
}
