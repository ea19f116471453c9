using System.Text;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>Each limit refuses with its own code before anything runs, and its threshold comes from configuration.</summary>
public sealed class RequestLimitTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_document_deeper_than_the_maximum_is_refused()
    {
        var deep = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
        Assert.Empty((await api.GraphQL.PostAsync(deep)).ErrorCodes);

        var response = await ConfiguredApi.With(api, ("GraphQL:Limits:MaxDepth", "6")).Client().PostAsync(deep);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var query = "{ ...A } fragment A on Query { __schema { ...B } } fragment B on __Schema { types { fields { name } } }";
        var response = await ConfiguredApi.With(api, ("GraphQL:Limits:MaxDepth", "3")).Client().PostAsync(query);
        Assert.Equal(["MAX_DEPTH_EXCEEDED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var aliases = string.Join(" ", Enumerable.Range(0, 31).Select(i => $"a{i}: __typename"));
        Assert.Equal(["TOO_MANY_ALIASES"], (await api.GraphQL.PostAsync($"{{ {aliases} }}")).ErrorCodes);
    }

    [Fact]
    public async Task Too_many_root_fields_are_refused()
    {
        var fields = string.Concat(Enumerable.Repeat("sectors { code } ", 11));
        Assert.Equal(["TOO_MANY_ROOT_FIELDS"], (await api.GraphQL.PostAsync($"{{ {fields} }}")).ErrorCodes);
        Assert.Empty((await api.GraphQL.PostAsync("{ sectors { code } me { __typename } }")).ErrorCodes);
    }

    [Fact]
    public async Task A_document_longer_than_the_maximum_is_refused()
    {
        var query = "{ sectors { code } }\n#" + new string('x', 20_000);
        Assert.Equal(["DOCUMENT_TOO_LONG"], (await api.GraphQL.PostAsync(query)).ErrorCodes);
    }

    [Fact]
    public async Task A_body_larger_than_the_maximum_is_refused_with_413()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Http:MaxRequestBytes", "1000")).CreateClient();
        var body = """{"query":"{ sectors { code } }","variables":{"pad":"PAD"}}""".Replace("PAD", new string('x', 2000), StringComparison.Ordinal);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var answer = await client.PostAsync("/graphql", content);
        var response = await GraphQLResponse.ReadAsync(answer);
        Assert.Equal(413, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_timeout_cancels_the_statement_in_the_database()
    {
        await using var offers = await TableLock.TakeAsync(api, "offers");

        // Without the search index, whose load at start would wait on the same lock and be counted below.
        var client = ConfiguredApi.With(
            api, ("GraphQL:Limits:ExecutionTimeout", "00:00:01"), ("Stage:Search:Budget", "00:01:00"), ("Stage:Search:InMemoryIndex", "false")).Client();
        var response = await client.PostAsync("{ offers(first: 5) { nodes { title } } }");
        Assert.Equal(504, response.StatusCode);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);

        // The search index of the class's own server (on by default) reads offers when it loads or applies changes: those reads
        // wait on the lock too, and are not the request's.
        await using var waiting = new Npgsql.NpgsqlCommand(
            "SELECT query FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() " +
            "AND query NOT LIKE 'SELECT s.id, s.status, s.reserved_school_ids%'", offers.Connection, offers.Transaction);
        var stillWaiting = new List<string>();
        await using (var reader = await waiting.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stillWaiting.Add(reader.GetString(0));
            }
        }

        Assert.Empty(stillWaiting);
    }

    [Fact]
    public async Task An_operation_past_the_timeout_is_cancelled_with_504()
    {
        var client = ConfiguredApi.With(api, ("GraphQL:Limits:ExecutionTimeout", "00:00:00")).Client();
        var response = await client.PostAsync("{ offers(first: 5) { nodes { title } } }");
        Assert.Equal(504, response.StatusCode);
        Assert.Equal(["TIMEOUT"], response.ErrorCodes);
    }
}
