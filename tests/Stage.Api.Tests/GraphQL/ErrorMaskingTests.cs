using GraphQL.Types;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Kit.Schema;

namespace Stage.Api.Tests.GraphQL;

/// <summary>A bug or an outage inside a resolver reaches clients as a coded, masked error.</summary>
public sealed class ErrorMaskingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Secret = "connection to 10.1.2.3 failed for user stage_admin";

    [Fact]
    public async Task Unexpected_exceptions_are_masked_and_coded()
    {
        await using var factory = api.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IQueryFields, ExplodingField>()));
        using var response = await factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative),
            new StringContent("""{"query":"{ sectors { code } explode }"}""", System.Text.Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        var parsed = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(200, parsed.StatusCode);
        Assert.Equal(["INTERNAL_SERVER_ERROR"], parsed.ErrorCodes);
        Assert.Equal(51, parsed.Data!["sectors"]!.AsArray().Count);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
    }

    private sealed class ExplodingField : IQueryFields
    {
        public void AddTo(QueryType query) =>
            query.Field<StringGraphType>("explode").Description("Fails.").Resolve(_ => throw new InvalidOperationException(Secret));
    }
}
