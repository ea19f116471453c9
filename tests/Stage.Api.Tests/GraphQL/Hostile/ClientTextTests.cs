using System.Net;
using System.Text;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Hostile;

/// <summary>Text that PostgreSQL or a JSON writer cannot hold (NUL, unpaired surrogates) is refused while the request is validated.</summary>
public sealed class ClientTextTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("title")]
    [InlineData("employerName")]
    [InlineData("departmentCode")]
    [InlineData("countryCode")]
    public async Task A_NUL_in_a_literal_filter_is_a_validation_error(string field)
    {
        var response = await api.GraphQL.PostAsync($$"""{ offers(where: { {{field}}: { contains: "a\u0000b" } }) { totalCount } }""");

        AssertRefused(response, "INVALID_LITERAL");
    }

    [Theory]
    [InlineData("a\\u0000b", "INVALID_VALUE")]
    [InlineData("\\ud800", "BAD_REQUEST")]
    [InlineData("x\\udc00y", "BAD_REQUEST")]
    [InlineData("\\udbff\\udbff", "BAD_REQUEST")]
    public async Task Bad_text_in_a_variable_is_refused(string escaped, string code)
    {
        var body = $$$"""{"query":"query ($w: String!) { offers(where: { weeks: { some: { eq: $w } } }) { totalCount } }","variables":{"w":"{{{escaped}}}"}}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await api.GraphQL.Http.PostAsync("/graphql", content);

        AssertRefused(await GraphQLResponse.ReadAsync(response), code);
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_the_query_text_is_a_bad_request()
    {
        using var content = new StringContent("""{"query":"{ sectors { code } }\ud800"}""", Encoding.UTF8, "application/json");
        using var response = await api.GraphQL.Http.PostAsync("/graphql", content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, response.StatusCode + " " + await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Text_with_emoji_and_accents_is_accepted()
    {
        var data = await api.GraphQL.QueryAsync("""{ offers(where: { title: { contains: "Élève 🎓" } }) { totalCount } }""");

        Assert.Equal(0, data["offers"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>A validation error: no data (the status is 200 under <c>application/json</c>, as GraphQL over HTTP says).</summary>
    private static void AssertRefused(GraphQLResponse response, string code)
    {
        Assert.True(response.StatusCode is 200 or 400, response.StatusCode + " " + response.Body?.ToJsonString());
        Assert.Null(response.Data);
        Assert.Equal([code], response.ErrorCodes);
    }
}
