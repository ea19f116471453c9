using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>Sends <c>upsertOffers</c>.</summary>
public static class UpsertClient
{
    private const string Mutation = """
        mutation ($input: UpsertOffersInput!) {
          upsertOffers(input: $input) {
            created updated unchanged
            offers { id remoteId title seats status employer { id } }
            errors { __typename ... on Error { message } ... on InvalidFieldError { field }
                     ... on UpsertOfferItemError { index remoteId field } }
          }
        }
        """;

    public static async Task<JsonNode> UpsertAsync(this GraphQLClient client, IEnumerable<Dictionary<string, object?>> offers, string? idempotencyKey = null)
    {
        var response = await client.PostAsync(Mutation, new { input = new { offers, idempotencyKey } });
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data!["upsertOffers"]!;
    }

    public static Task<GraphQLResponse> SendUpsertAsync(this GraphQLClient client, IEnumerable<Dictionary<string, object?>> offers) =>
        client.PostAsync(Mutation, new { input = new { offers } });

    public static int Count(JsonNode payload, string name) => payload[name]!.GetValue<int>();

    public static string[] ErrorFields(JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
