using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// Apollo Client 4.3.8 with its stock links and cache against the API on a loopback port: relayStylePagination with
/// fetchMore, BatchHttpLink, PersistedQueryLink over GET with the API's cache headers, GraphQLWsLink.
/// </summary>
public sealed class ApolloClientTests(LoopbackApi api) : IClassFixture<LoopbackApi>
{
    [Fact]
    public async Task Apollo_merges_pages_batches_persists_over_get_and_follows_an_application()
    {
        var scenario = await ClientScenario.CreateAsync(api.Api);

        var results = JsonNode.Parse(await NodeScript.RunInAsync("clients", "apollo.mjs", TimeSpan.FromMinutes(2), scenario.ToJson(api.Address)))!;

        Assert.Equal(ClientScenario.Titles[..2], Strings(results["firstPage"]!));
        var merged = results["merged"]!;
        Assert.Equal(ClientScenario.Titles[..4], Strings(merged["titles"]!));
        Assert.True(merged["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(5, merged["totalCount"]!.GetValue<int>());

        var batch = results["batch"]!;
        Assert.Equal(51, batch["sectors"]!.GetValue<int>());
        Assert.Equal(5, batch["totalCount"]!.GetValue<int>());
        var batched = Assert.Single(batch["requests"]!.AsArray())!;
        Assert.True(batched["batch"]!.GetValue<bool>());
        Assert.Equal(200, batched["status"]!.GetValue<int>());

        var persisted = results["persisted"]!;
        Assert.Equal([51, 51], persisted["sectors"]!.AsArray().Select(s => s!.GetValue<int>()));
        var requests = persisted["requests"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(["GET", "POST", "GET"], requests.Select(r => r["method"]!.GetValue<string>()));
        Assert.DoesNotContain("query=", requests[0]["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("persistedQuery", Uri.UnescapeDataString(requests[2]["url"]!.GetValue<string>()), StringComparison.Ordinal);
        Assert.Equal("public, max-age=300", requests[2]["cacheControl"]!.GetValue<string>());
        Assert.StartsWith("\"", requests[2]["etag"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(304, persisted["revalidated"]!.GetValue<int>());

        var changes = results["ws"]!.AsArray().Select(e => (e!["from"]!.GetValue<string>(), e["to"]!.GetValue<string>()));
        Assert.Equal([("SUBMITTED", "READ"), ("READ", "ACCEPTED_BY_EMPLOYER")], changes);
    }

    private static string[] Strings(JsonNode array) => array.AsArray().Select(s => s!.GetValue<string>()).ToArray();
}
