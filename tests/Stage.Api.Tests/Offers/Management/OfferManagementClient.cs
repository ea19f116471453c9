using System.Text.Json.Nodes;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>The offer mutations as a front-end or an operator's system sends them.</summary>
public static class OfferManagementClient
{
    public const string OfferFields =
        "offer { id title description status seats remainingSeats grades weeks remoteId employer { id name kind siret } " +
        "address { street postalCode city countryCode departmentCode } location { latitude longitude } }";

    /// <summary>The errors' selection: fragments only on the types the mutation's union holds, as GraphQL validation requires.</summary>
    public static string ErrorFields(string mutation) => "errors { __typename ... on Error { message } " + mutation switch
    {
        "createOffer" or "updateOffer" => "... on InvalidFieldError { field } }",
        "removeOffer" => "... on OfferHasInternshipsError { seatsTaken } }",
        _ => "}",
    };

    public static Task<GraphQLResponse> SendAsync(this GraphQLClient client, string mutation, object input) =>
        client.PostAsync(
            $"mutation ($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {OfferFields} {ErrorFields(mutation)} }} }}",
            new { input });

    /// <summary>Sends and fails the test on GraphQL errors; the payload.</summary>
    public static async Task<JsonNode> MutateAsync(this GraphQLClient client, string mutation, object input)
    {
        var response = await client.SendAsync(mutation, input);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data![mutation]!;
    }

    /// <summary>Sends and fails the test unless the mutation succeeded; the offer.</summary>
    public static async Task<JsonNode> SucceedAsync(this GraphQLClient client, string mutation, object input)
    {
        var payload = await client.MutateAsync(mutation, input);
        Assert.True(payload["errors"] is null, $"Refused: {payload["errors"]?.ToJsonString()}");
        return payload["offer"]!;
    }

    /// <summary>The fields the payload's errors name (typed errors with a field), sorted.</summary>
    public static string[] Fields(JsonNode payload) =>
        [.. payload["errors"]!.AsArray().Select(e => e!["field"]?.GetValue<string>() ?? e["__typename"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    /// <summary>The ids of the published offers the public search finds with this exact title.</summary>
    public static async Task<string[]> SearchByTitleAsync(this GraphQLClient client, string title)
    {
        var data = await client.QueryAsync(
            "query ($title: String!) { offers(first: 50, where: { title: { eq: $title } }) { nodes { id } } }", new { title });
        return [.. data["offers"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
    }
}
