using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;
using Stage.Api.Tests.RateLimits;

namespace Stage.Api.Tests.GraphQL;

/// <summary>Batched requests (a JSON array): answered in order, each admitted, limited and charged on its own, refused alone.</summary>
public sealed class BatchTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_batch_is_answered_with_an_array_in_the_same_order_and_one_refusal_fails_alone()
    {
        var (status, mediaType, results) = await PostBatchAsync(api.Factory.CreateClient(), """
            [
              {"query": "{ sectors { code } }"},
              {"query": "{ noSuchField }"},
              {"query": "query ($id: ID!) { node(id: $id) { id } }", "variables": {"id": "U2VjdG9yOjE"}},
              {"query": 42},
              {"query": "subscription { applicationStatusChanged { to } }"},
              {"query": "query A { __typename } query B { sectors { name } }", "operationName": "A"}
            ]
            """, accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/graphql-response+json", mediaType);
        Assert.Equal(6, results.Count);
        Assert.Equal(51, results[0]!["data"]!["sectors"]!.AsArray().Count);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(results[1]));
        Assert.Equal("U2VjdG9yOjE", results[2]!["data"]!["node"]!["id"]!.GetValue<string>());
        Assert.Equal("BAD_REQUEST", Code(results[3]));
        Assert.Equal("SUBSCRIPTION_REQUIRES_STREAM", Code(results[4]));
        Assert.Equal("Query", results[5]!["data"]!["__typename"]!.GetValue<string>());
        Assert.NotNull(results[0]!["extensions"]!["cost"]!["actualQueryCost"]);
    }

    [Fact]
    public async Task Each_operation_is_charged_its_own_cost_and_one_over_the_allowance_is_refused_alone()
    {
        await using var limited = new RateLimitedApi(api);
        var client = limited.Client(await limited.CreateKeyAsync()); // 6 points a minute

        // The batch is admitted for 1 point (6 → 5); the first costs 5 (→ 0); the second finds no point left.
        var (status, _, results) = await PostBatchAsync(client, """[{"query": "{ costly }"}, {"query": "{ costly }"}]""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("costly", results[0]!["data"]!["costly"]!.GetValue<string>());
        Assert.Equal(5, results[0]!["extensions"]!["cost"]!["actualQueryCost"]!.GetValue<int>());
        Assert.Equal("RATE_LIMITED", Code(results[1]));
        using var next = await client.GetAsync(RateLimitedApi.CostlyPath);
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task A_batch_over_the_maximum_is_refused_whole_and_runs_nothing()
    {
        await using var limited = new RateLimitedApi(api);
        var client = limited.Client(); // 3 points a minute
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{"query": "{ costly }"}""", 11)) + "]";

        using var refused = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json(batch));
        var answer = await GraphQLResponse.ReadAsync(refused);

        Assert.Equal(400, answer.StatusCode);
        Assert.Equal(["BATCH_TOO_LARGE"], answer.ErrorCodes);
        Assert.Contains("maximum is 10", answer.Errors![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        // Only the batch's admission point was spent: two 1-point requests still pass, the third is refused.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query": "{ __typename }"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query": "{ __typename }"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""{"query": "{ __typename }"}"""))).StatusCode);
    }

    [Fact]
    public async Task The_maximum_is_configurable()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Limits:MaxBatchSize", "2")).CreateClient();

        var (_, _, results) = await PostBatchAsync(client, """[{"query": "{ __typename }"}, {"query": "{ __typename }"}]""");
        using var refused = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json("""[{"query": "{ __typename }"}, {"query": "{ __typename }"}, {"query": "{ __typename }"}]"""));

        Assert.Equal(2, results.Count);
        Assert.Equal(["BATCH_TOO_LARGE"], (await GraphQLResponse.ReadAsync(refused)).ErrorCodes);
    }

    [Theory]
    [InlineData("[]", 400, "BAD_REQUEST", "application/json")]
    [InlineData(" \n [", 400, "BAD_REQUEST", "application/json")]
    [InlineData("""[{"query": "{ __typename }"}]""", 406, "NOT_ACCEPTABLE", "text/event-stream")]
    public async Task A_malformed_or_unacceptable_batch_is_refused_whole(string body, int status, string code, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await api.Factory.CreateClient().SendAsync(request);
        var answer = await GraphQLResponse.ReadAsync(response);

        Assert.Equal(status, answer.StatusCode);
        Assert.Equal([code], answer.ErrorCodes);
    }

    [Fact]
    public async Task A_batch_is_held_to_the_body_size_limit_as_a_whole()
    {
        var item = JsonSerializer.Serialize(new { query = "{ __typename }" + new string(' ', 300 * 1024) });
        using var response = await api.Factory.CreateClient().PostAsync(new Uri("/graphql", UriKind.Relative), Json($"[{item},{item},{item},{item}]"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], (await GraphQLResponse.ReadAsync(response)).ErrorCodes);
    }

    [Fact]
    public async Task A_whole_batch_runs_within_one_execution_timeout()
    {
        await using var offers = await TableLock.TakeAsync(api, "offers");

        var client = ConfiguredApi.With(api, ("GraphQL:Limits:ExecutionTimeout", "00:00:02"), ("Stage:Search:Budget", "00:01:00")).CreateClient();
        var (status, _, results) = await PostBatchAsync(client, """
            [{"query": "{ offers(first: 1) { nodes { title } } }"}, {"query": "{ offers(first: 1) { nodes { title } } }"}, {"query": "{ sectors { code } }"}]
            """);

        // The first waits on the lock until the batch's time is up; the others, which alone would run, are not started.
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(results, result => Assert.Equal("TIMEOUT", Code(result)));
    }

    [Fact]
    public async Task Persisted_ids_and_mutations_run_in_a_batch_as_they_do_alone()
    {
        var (_, _, results) = await PostBatchAsync(api.Factory.CreateClient(), """
            [
              {"id": "sha256:0000000000000000000000000000000000000000000000000000000000000000"},
              {"query": "mutation { applyToOffer(input: {offerId: \"T2ZmZXI6MQ\", weeks: [\"2026-W25\"], motivation: \"m\"}) { errors { __typename } } }"}
            ]
            """);

        Assert.Equal("PERSISTED_DOCUMENT_NOT_FOUND", Code(results[0]));
        Assert.Equal("UNAUTHENTICATED", Code(results[1]));
    }

    private static string? Code(JsonNode? result) => result?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonArray Results)> PostBatchAsync(HttpClient client, string body, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            JsonNode.Parse(text) as JsonArray ?? throw new InvalidOperationException($"Not a JSON array ({(int)response.StatusCode}): {text}"));
    }
}
