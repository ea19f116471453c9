using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL;

/// <summary>Reusing validated documents changes nothing clients can see: variables still apply, bad documents still fail.</summary>
public sealed class ValidatedDocumentCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string SectorById = "query ($id: ID!) { node(id: $id) { ... on Sector { code } } }";

    [Fact]
    public async Task A_repeated_document_runs_with_each_requests_variables()
    {
        for (var round = 0; round < 3; round++)
        {
            foreach (var sector in new[] { 3, 17, 51 })
            {
                var data = await api.GraphQL.QueryAsync(SectorById, new { id = GlobalId.Encode("Sector", sector) });
                Assert.Equal($"s{sector}", data["node"]!["code"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public async Task A_document_that_failed_validation_fails_again()
    {
        for (var round = 0; round < 3; round++)
        {
            var response = await api.GraphQL.PostAsync("{ sectors { code nope } }");
            Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task Variables_of_the_wrong_type_are_still_refused_for_a_cached_document()
    {
        await api.GraphQL.QueryAsync(SectorById, new { id = GlobalId.Encode("Sector", 1) });
        var response = await api.GraphQL.PostAsync(SectorById, new { id = new { not = "an id" } });
        Assert.NotEmpty(response.ErrorCodes);
        Assert.Null(response.Data);
    }
}
