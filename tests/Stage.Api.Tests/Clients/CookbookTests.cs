using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// Every example of docs/COOKBOOK.md runs as written: the GraphQL blocks with the variables shown against data
/// prepared to match them, the JavaScript blocks by Node.js against the API on a loopback port (the browser one
/// in <see cref="PortalBrowserTests"/>).
/// </summary>
public sealed class CookbookTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    [Fact]
    public void Every_example_is_one_the_tests_run()
    {
        string[] known =
        [
            "search", "search-variables", "search-urql", "paging", "paging-apollo", "apply", "apply-fetch",
            "follow", "follow-graphql-ws", "follow-graphql-sse", "persisted", "persisted-fetch", "portal-seats", "portal-browser",
        ];

        Assert.Equal(known.Order(), Cookbook.Examples.Keys.Order());
    }

    [Fact]
    public async Task The_search_finds_the_offers_around_paris_with_their_facets_in_graphql_and_with_urql()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);
        var variables = JsonNode.Parse(Cookbook.Example("search-variables"));

        var offers = (await api.Api.GraphQL.QueryAsync(Cookbook.Example("search"), variables))["offers"]!;
        var urql = JsonNode.Parse(await RunAsync("search-urql"))!;

        var total = offers["totalCount"]!.GetValue<int>();
        Assert.True(total >= ClientScenario.Titles.Length, $"{total} offers found");
        var titles = offers["edges"]!.AsArray().Select(e => e!["node"]!["title"]!.GetValue<string>()).ToList();
        Assert.Contains(ClientScenario.Titles[0], titles);
        var distances = offers["edges"]!.AsArray().Select(e => e!["node"]!["distanceKm"]!.GetValue<double>()).ToList();
        Assert.Equal(distances.Order(), distances);
        var sector = Assert.Single(offers["facets"]!["sectors"]!.AsArray())!;
        Assert.Equal(("s28", total), (sector["sector"]!["code"]!.GetValue<string>(), sector["count"]!.GetValue<int>()));
        Assert.Equal(total, offers["facets"]!["grades"]!.AsArray().Single(g => g!["grade"]!.GetValue<string>() == "SECONDE")!["count"]!.GetValue<int>());
        Assert.Contains(scenario.OfferIds[0], offers["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));

        Assert.Equal(total, urql["total"]!.GetValue<int>());
        Assert.StartsWith(ClientScenario.Titles[0] + " (0.0 km)", urql["nearest"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([$"{sector["sector"]!["name"]!.GetValue<string>()}: {total}"], urql["sectors"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Paging_goes_forwards_and_backwards_in_graphql_and_apollo_merges_the_pages()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);
        var paging = Cookbook.Example("paging");
        var where = new { employerName = new { eq = scenario.EmployerName } };

        var first = (await api.Api.GraphQL.QueryAsync(paging, new { where, first = 2 }))["offers"]!;
        var next = (await api.Api.GraphQL.QueryAsync(paging, new { where, first = 2, after = first["pageInfo"]!["endCursor"]!.GetValue<string>() }))["offers"]!;
        var back = (await api.Api.GraphQL.QueryAsync(paging, new { where, last = 2, before = next["pageInfo"]!["startCursor"]!.GetValue<string>() }))["offers"]!;
        var apollo = JsonNode.Parse(await RunAsync("paging-apollo"))!;

        Assert.Equal(ClientScenario.Titles[2..4], Titles(next));
        Assert.True(next["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(Titles(first), Titles(back));
        Assert.False(back["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        var expected = (await api.Api.GraphQL.QueryAsync(paging, new { where = new { sectorCode = new { eq = "s28" } }, first = 4 }))["offers"]!;
        Assert.Equal(Titles(expected), apollo["titles"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.True(apollo["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Applying_with_fetch_is_safe_to_retry_and_a_second_application_is_a_typed_error()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);
        var environment = Environment(scenario, ("OFFER_ID", scenario.OfferIds[1]));

        var applied = JsonNode.Parse(await RunAsync("apply-fetch", environment))!;
        var retried = JsonNode.Parse(await RunAsync("apply-fetch", environment))!;
        var again = (await scenario.Realtime.PupilClient.QueryAsync(Cookbook.Example("apply"),
            new { input = new { offerId = scenario.OfferIds[1], weeks = (string[])["2026-W25"], motivation = "Encore." } }))["applyToOffer"]!;

        Assert.Equal("SUBMITTED", applied["application"]!["status"]!.GetValue<string>());
        Assert.Null(applied["refusals"]);
        Assert.Equal(applied["application"]!["id"]!.GetValue<string>(), retried["application"]!["id"]!.GetValue<string>());
        Assert.Null(retried["refusals"]);
        Assert.Equal("AlreadyAppliedError", again["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(again["errors"]![0]!["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Following_an_application_resumes_after_a_cursor_over_an_event_stream_graphql_ws_and_graphql_sse()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);
        var submitted = await scenario.Realtime.LastCursorAsync();
        await scenario.Realtime.ChangeAsync("markApplicationRead");

        var streamed = await FirstEventAsync(scenario, Cookbook.Example("follow"), new { id = scenario.Realtime.ApplicationId, after = submitted });
        var overWebSocket = JsonNode.Parse(await RunAsync("follow-graphql-ws", Environment(scenario, ("AFTER", submitted))))!;
        var overSse = RunAsync("follow-graphql-sse", Environment(scenario, ("AFTER", overWebSocket["cursor"]!.GetValue<string>())));
        await scenario.Realtime.ChangeAsync("acceptApplication");
        var accepted = JsonNode.Parse(await overSse)!;

        var change = streamed["applicationStatusChanged"]!;
        Assert.Equal(("SUBMITTED", "READ", "READ"), (change["from"]!.GetValue<string>(), change["to"]!.GetValue<string>(), change["application"]!["status"]!.GetValue<string>()));
        Assert.Equal(("SUBMITTED", "READ"), (overWebSocket["from"]!.GetValue<string>(), overWebSocket["to"]!.GetValue<string>()));
        Assert.Equal(change["cursor"]!.GetValue<string>(), overWebSocket["cursor"]!.GetValue<string>());
        Assert.Equal(("READ", "ACCEPTED_BY_EMPLOYER"), (accepted["from"]!.GetValue<string>(), accepted["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_persisted_query_over_get_is_cacheable_and_revalidated_with_its_etag()
    {
        var document = Cookbook.Example("persisted");

        var sectors = (await api.Api.GraphQL.QueryAsync(document))["sectors"]!.AsArray();
        var fetched = JsonNode.Parse(await RunAsync("persisted-fetch"))!;

        Assert.Equal(51, sectors.Count);
        Assert.Contains($"const query = '{document}';", Cookbook.Example("persisted-fetch"), StringComparison.Ordinal);
        Assert.Equal(51, fetched["sectors"]!.GetValue<int>());
        Assert.Equal("public, max-age=300", fetched["cacheControl"]!.GetValue<string>());
        Assert.Equal("Accept, Authorization, X-Api-Key", fetched["vary"]!.GetValue<string>());
        Assert.Equal(304, fetched["revalidated"]!.GetValue<int>());
    }

    private static Dictionary<string, string> Environment(ClientScenario scenario, params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string>
        {
            ["TOKEN"] = scenario.Realtime.PupilToken,
            ["APPLICATION_ID"] = scenario.Realtime.ApplicationId,
        };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }

        return environment;
    }

    private Task<string> RunAsync(string example, Dictionary<string, string>? environment = null)
    {
        environment ??= [];
        environment["STAGE_URL"] = api.Address;
        return NodeScript.EvaluateInAsync("clients", Cookbook.Example(example), environment, Timeout);
    }

    /// <summary>The first result of a subscription sent as GraphQL over SSE, as the pupil.</summary>
    private async Task<JsonNode> FirstEventAsync(ClientScenario scenario, string subscription, object variables)
    {
        using var http = new HttpClient { BaseAddress = new Uri(api.Address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = subscription, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Realtime.PupilToken);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(Timeout);
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                var result = JsonNode.Parse(line["data: ".Length..])!;
                Assert.Null(result["errors"]);
                return result["data"]!;
            }
        }

        throw new InvalidOperationException("The event stream ended without an event.");
    }

    private static string[] Titles(JsonNode connection) => connection["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()).ToArray();
}
